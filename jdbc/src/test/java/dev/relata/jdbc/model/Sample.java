package dev.relata.jdbc.model;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A class entity with a field of every kind of column a {@code JdbcStore} reads: primitives (read
 * with typed getters), their nullable boxes, the types with SQL columns of their own, values with a
 * text form (an enum, a {@code Duration}) and JSON (a list, a map).
 */
@Entity
public class Sample {
  public Long id;
  public long big;
  public int count;
  public short small;
  public byte tiny;
  public double ratio;
  public float weight;
  public boolean flag;
  public char letter;
  public Long boxedBig;
  public Integer boxedCount;
  public Short boxedSmall;
  public Byte boxedTiny;
  public Double boxedRatio;
  public Float boxedWeight;
  public Boolean boxedFlag;
  public Character boxedLetter;
  public String text;
  public BigDecimal amount;
  public BigInteger huge;
  public UUID token;
  public Instant at;
  public LocalDate day;
  public LocalDateTime local;
  public LocalTime time;
  public byte[] bytes;
  public DayOfWeek weekday;
  public Duration span;
  public List<String> tags;
  public Map<String, Integer> scores;
  public Long parentId;

  /** A sample of a sample, so that reads go through an eager load too. */
  @BelongsTo public Sample parent;
}
