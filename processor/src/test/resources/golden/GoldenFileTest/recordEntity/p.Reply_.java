package p;

import dev.relata.ComparableField;
import dev.relata.Field;
import dev.relata.StringField;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The typed fields of {@link Reply}, for conditions and orders that queries answer through
 * indexes: {@code Reply_.id.eq(..)}. Generated.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class Reply_ {
  /**
   * {@code Reply.id}.
   */
  public static final ComparableField<Reply, Long> id = Field.comparable(Reply_Meta.Columns.ID);

  /**
   * {@code Reply.topicId}.
   */
  public static final ComparableField<Reply, Long> topicId = Field.comparable(Reply_Meta.Columns.TOPIC_ID);

  /**
   * {@code Reply.body}.
   */
  public static final StringField<Reply> body = Field.string(Reply_Meta.Columns.BODY);

  /**
   * {@code Reply.tags}.
   */
  public static final Field<Reply, List<String>> tags = Field.of(Reply_Meta.Columns.TAGS);

  private Reply_() {
  }
}
