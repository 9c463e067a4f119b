package p;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.relata.internal.JsonCodec;
import dev.relata.internal.JsonReading;
import dev.relata.internal.JsonWriting;
import dev.relata.internal.ValueCodec;
import dev.relata.internal.ValueCodecs;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Reply} as JSON, for the Relata runtime. Generated.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class Reply_Json extends JsonCodec<Reply> {
  private static final SerializedString ID = new SerializedString("id");

  private static final SerializedString BODY = new SerializedString("text");

  private static final SerializedString POSTED_AT = new SerializedString("postedAt");

  private static final SerializedString TAGS = new SerializedString("tags");

  private static final SerializedString THREAD_ID = new SerializedString("threadId");

  private static final SerializedString THREAD = new SerializedString("thread");

  private static final ValueCodec<List<String>> TAGS_VALUES = ValueCodecs.collection(ArrayList::new,
      ValueCodecs.STRING);

  /**
   * The codec; the runtime makes it, through {@code ServiceLoader}.
   */
  public Reply_Json() {
    super(Reply_Meta.INSTANCE, List.of("id", "text", "postedAt", "tags", "threadId", "thread"));
  }

  @Override
  protected void writeColumns(Reply reply, JsonGenerator out, JsonWriting context) throws
      IOException {
    out.writeFieldName(ID);
    out.writeNumber(reply.id());
    ValueCodecs.STRING.write(out, BODY, reply.body(), context);
    ValueCodecs.INSTANT.write(out, POSTED_AT, reply.postedAt(), context);
    TAGS_VALUES.write(out, TAGS, reply.tags(), context);
    ValueCodecs.LONG.write(out, THREAD_ID, reply.threadId(), context);
  }

  @Override
  protected void writeRelations(Reply reply, JsonGenerator out, JsonWriting context) throws
      IOException {
    context.relation(out, THREAD, Reply_Meta.Relations.THREAD, reply, reply.thread());
  }

  @Override
  protected Reply readFields(JsonParser in, JsonReading context) throws IOException {
    long id = 0;
    String body = null;
    Instant postedAt = null;
    List<String> tags = null;
    String secret = null;
    Long threadId = null;
    Thread thread = null;
    for (String field = context.nextField(in); field != null; field = context.nextField(in)) {
      switch (field) {
        case "id" -> id = context.key(ValueCodecs.readLong(in));
        case "text" -> body = ValueCodecs.isNull(in) ? null : ValueCodecs.readString(in);
        case "postedAt" -> postedAt = ValueCodecs.INSTANT.read(in, context);
        case "tags" -> tags = TAGS_VALUES.read(in, context);
        case "threadId" -> threadId = ValueCodecs.isNull(in) ? null : ValueCodecs.readLong(in);
        case "thread" -> thread = context.relation(in, Reply_Meta.Relations.THREAD);
        case "secret" -> in.skipChildren();
        default -> context.unknown(in, field, this);
      }
    }
    return new Reply(id, body, postedAt, tags, secret, threadId, thread);
  }
}
