package dev.relata.examples.json.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.HasOne;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.UUID;

/**
 * A class entity with a field of every type JSON reads and writes: primitives, their boxes, big
 * numbers, strings, UUIDs, java.time values, an enum, bytes, collections and maps of those, and
 * value objects that go through the ObjectMapper; renamed and ignored fields; three relations.
 */
@Entity(name = "jsonSpecimens")
public class Specimen {
  public Long id;
  public String text;
  public int count;
  public long big;
  public short small;
  public byte tiny;
  public double ratio;
  public float weight;
  public boolean flag;
  public char letter;
  public Integer boxedCount;
  public Double boxedRatio;
  public Boolean boxedFlag;
  public Character boxedLetter;
  public BigInteger huge;
  public BigDecimal amount;
  public UUID token;
  public Instant at;
  public LocalDate day;
  public LocalDateTime local;
  public LocalTime time;
  public OffsetDateTime offset;
  public ZonedDateTime zoned;
  public Duration span;
  public Period period;
  public Year year;
  public YearMonth month;
  public MonthDay monthDay;
  public ZoneId zone;
  public Shade shade;
  public byte[] bytes;
  public List<String> tags;
  public Set<Integer> numbers;
  public SortedSet<String> sorted;
  public Map<String, Long> counters;
  public Map<Shade, List<Instant>> history;
  public Money price;
  public List<Money> prices;

  @JsonProperty("display_name")
  public String displayName;

  @JsonIgnore public String secret;

  public Long keeperId;

  @BelongsTo public Keeper keeper;

  @HasMany public List<Fragment> fragments;

  @HasOne
  @JsonProperty("tag")
  public Label label;

  public Specimen() {}
}
