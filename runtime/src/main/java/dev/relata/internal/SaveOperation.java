package dev.relata.internal;

import dev.relata.DeleteRestrictedException;
import dev.relata.DuplicateKeyException;
import dev.relata.OnDelete;
import dev.relata.RelataException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Saves entities with the relation values they carry, normalized into their tables, on any backend
 * (see {@link Rows}).
 *
 * <p>Implementation notes. A save runs in phases so that nothing is stored before every check has
 * passed and every key is known:
 *
 * <ol>
 *   <li><b>collect</b> every object reachable through loaded (non-null) relation values, once per
 *       object identity (cycles end there), parents of {@code @BelongsTo} before their child and
 *       other targets after their owner: this order is the order rows are stored in;
 *   <li><b>check</b> the keys of the top-level rows of an insert;
 *   <li><b>assign</b> keys to rows without one, above every key stored or given in this save;
 *   <li><b>copy</b> each object into a private row and <b>link</b>: every relation writes the keys
 *       that tie its owner and targets into the rows (foreign keys, key lists);
 *   <li><b>release</b> the rows that a {@code @HasOne} held before this save gave it another, as
 *       its {@code onDelete} says (deleted, key cleared, or the save refused), so that it holds one
 *       row; rows this save stores are not released;
 *   <li><b>store</b> the rows in collection order (a key seen twice: the later row wins, in the
 *       place of the first), then write assigned keys and foreign keys back into the caller's
 *       objects; records, which cannot change, are rebuilt for the result instead.
 * </ol>
 *
 * It runs inside one write, so a failure in any phase leaves the store as it was. A flat save (no
 * object carries relation values) has nothing to follow or link: {@link FlatSave} stores it without
 * a node per object.
 */
final class SaveOperation {

  /** What a save does with a top-level row whose key the table holds already. */
  enum Mode {
    /** Replaces the stored row, keeping its place in insertion order. */
    UPSERT,
    /** Refuses the whole save with a {@link DuplicateKeyException}. */
    INSERT
  }

  /** Whether one object may be reached twice in a save, so that objects are tracked by identity. */
  enum Sharing {
    /** Objects the caller built: one may be reached twice (two parents, a cycle, a repeat). */
    POSSIBLE,
    /**
     * The objects of one JSON document, just read by the store into entities whose construction
     * and relation accessors run no entity code ({@link EntityCopy#RUNS_NO_ENTITY_CODE}): a tree,
     * whose every object is reached once, so none is tracked. A nested save of a million objects
     * then skips a million lookups at random places of an identity table.
     */
    NONE;

    /**
     * What holds for the entities of {@code root} that the store has just read from one JSON
     * document: {@link #NONE} if every entity type {@code root} reaches through its relations runs
     * no entity code to be built or to have its relations read (so each object holds in its
     * relations exactly the objects read for them), else {@link #POSSIBLE}: a constructor or an
     * accessor of the author's could make two objects share a target.
     */
    static Sharing ofRead(EntityType<?, ?> root) {
      Set<EntityType<?, ?>> reached = new HashSet<>();
      ArrayDeque<EntityType<?, ?>> pending = new ArrayDeque<>();
      reached.add(root);
      pending.add(root);
      while (!pending.isEmpty()) {
        EntityType<?, ?> type = pending.poll();
        if (type.copyRunsEntityCode()) {
          return POSSIBLE;
        }
        for (Relation<?, ?> relation : type.relations()) {
          if (reached.add(relation.target())) {
            pending.add(relation.target());
          }
        }
      }
      return NONE;
    }
  }

  /** How the save reached an object. */
  private enum Reach {
    /** The caller passed it. */
    ROOT,
    /** Through a relation value of another object: it may be met again, so it is tracked. */
    RELATION
  }

  /** One object of the save and the row made from it. */
  static final class Node implements SavedRow {
    final EntityType<Object, ?> type;
    final Object original;

    /** The relation values the object carries; null while there are none (most rows). */
    private List<Edge> edges;

    Object key;
    boolean keyAssigned;

    /** Whether a relation wrote the key (its foreign key is this key), after assignment. */
    boolean keyLinked;

    Object row;

    /**
     * Column writes that linking made, replayed onto the original in order, as pairs: the column,
     * then the value for the caller's object; null while none.
     */
    private Object[] writes;

    private int writeCount;

    Node(EntityType<Object, ?> type, Object original) {
      this.type = type;
      this.original = original;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object value(Column<?> column) {
      return ((Column<Object>) column).get(row);
    }

    @Override
    public void write(Column<?> column, Object value) {
      write(column, value, value);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void write(Column<?> column, Object value, Object callerValue) {
      row = ((Column<Object>) column).set(row, value);
      if (column == type.key()) {
        // A relation whose foreign key is this entity's key (a shared-key one-to-one) sets it.
        key = value;
        keyAssigned = false;
        keyLinked = true;
      }
      if (writes == null) {
        writes = new Object[2]; // one foreign key, most often
      } else if (2 * writeCount == writes.length) {
        writes = Arrays.copyOf(writes, writes.length * 2);
      }
      writes[2 * writeCount] = column;
      writes[2 * writeCount + 1] = callerValue;
      writeCount++;
    }

    /** The column of the {@code i}th write that linking made. */
    @SuppressWarnings("unchecked")
    Column<Object> writtenColumn(int i) {
      return (Column<Object>) writes[2 * i];
    }

    /** The value for the caller's object of the {@code i}th write that linking made. */
    Object writtenValue(int i) {
      return writes[2 * i + 1];
    }

    void addEdge(Edge edge) {
      if (edges == null) {
        edges = new ArrayList<>(2);
      }
      edges.add(edge);
    }

    List<Edge> edges() {
      return edges == null ? List.of() : edges;
    }
  }

  /** A relation value carried by an object: the relation and the nodes of its targets. */
  record Edge(Relation<Object, Object> relation, List<Node> targets) {}

  /** A row whose key a relation wrote: its entity and that key. */
  private record TableKey(EntityType<?, ?> type, Object key) {}

  /**
   * The parent a resolver saves children in: each root gets {@code key}, the parent's value of the
   * relation's local key, in its foreign key (over any parent it carries); {@code parentKey} is the
   * parent's primary key, for messages.
   */
  record Parent(ChildRelation<?, ?> relation, Object key, Object parentKey) {}

  /**
   * A {@code @HasOne} given a child by the parent whose local key is {@code key} (primary key
   * {@code parentKey}): the rows it held before are released, but for those this save stores.
   */
  private record Release(HasOneRelation<?, ?> relation, Object key, Object parentKey) {}

  private final Rows rows;

  /** Whether objects are tracked in {@link #nodes}: not in a save of {@link Sharing#NONE}. */
  private final boolean tracks;

  private final NodeMap nodes = new NodeMap(); // often empty: see enter

  /** What the save stores in each table, counted while visiting. */
  private final Map<EntityType<?, ?>, TableStats> stats = new IdentityHashMap<>();

  private EntityType<?, ?> lastType;
  private TableStats lastStats;
  private int missingKeys;

  /** Table and key of each row whose key a relation wrote (a shared-key one-to-one); rarely any. */
  private Set<TableKey> linkedKeys = Set.of();

  /** The {@code @HasOne} relations given a child by this save; rarely any. */
  private final List<Release> releases = new ArrayList<>(0);

  /** Per table: rows to store, keys missing, the highest numeric key given, the next to assign. */
  private static final class TableStats {
    int rows;
    int missing;
    long highestGiven = Long.MIN_VALUE;
    long[] numbers;
    int next;
  }

  private final List<Node> order;
  private final Map<Node, Object> results = new IdentityHashMap<>();

  /** The nodes whose relations are being followed, innermost on top; see {@link #visit}. */
  private final ArrayDeque<Visit> stack = new ArrayDeque<>();

  private SaveOperation(Rows rows, int roots, Sharing sharing) {
    this.rows = rows;
    this.tracks = sharing == Sharing.POSSIBLE;
    this.order = new ArrayList<>(roots);
  }

  /** {@link #run(Rows, EntityType, Collection, Mode, Parent, Sharing)} of objects the caller built. */
  static <T> List<T> run(
      Rows rows, EntityType<T, ?> type, Collection<? extends T> roots, Mode mode, Parent parent) {
    return run(rows, type, roots, mode, parent, Sharing.POSSIBLE);
  }

  /**
   * Saves {@code roots} (of {@code type}) and everything they carry; in {@link Mode#INSERT}, a root
   * whose key the table holds already is a {@link DuplicateKeyException}. Returns the saved roots
   * in order: the objects given, or for records new instances carrying the keys.
   *
   * @param parent if not null, the parent a resolver saves the roots in: its key is written into
   *     each root's row after linking (so it wins over what the root carries), and a
   *     {@code @HasOne} releases what it held
   * @param sharing whether an object may be reached twice; {@link Sharing#NONE} only for a tree the
   *     store read itself
   */
  @SuppressWarnings("unchecked")
  static <T> List<T> run(
      Rows rows,
      EntityType<T, ?> type,
      Collection<? extends T> roots,
      Mode mode,
      Parent parent,
      Sharing sharing) {
    if (parent == null) {
      List<T> flat = FlatSave.run(rows, type, roots, mode, false);
      if (flat != null) {
        return flat; // no object carries a relation value: nothing to follow or link
      }
    }
    SaveOperation save = new SaveOperation(rows, roots.size(), sharing);
    List<Node> rootNodes = new ArrayList<>(roots.size());
    for (T root : roots) {
      rootNodes.add(save.visit((EntityType<Object, ?>) type, root, Reach.ROOT));
    }
    save.assignKeys();
    save.link();
    if (parent != null) {
      for (Node root : rootNodes) {
        root.write(parent.relation().foreignKey(), parent.key());
        if (parent.relation() instanceof HasOneRelation<?, ?> hasOne) {
          save.releases.add(new Release(hasOne, parent.key(), parent.parentKey()));
        }
      }
    }
    if (mode == Mode.INSERT) {
      save.checkNew(rootNodes); // after linking: a link may have set a key
    }
    save.release();
    save.store();
    // Records are rebuilt before any caller object changes: their constructors may throw.
    List<T> result;
    if (type.record()) {
      result = new ArrayList<>(rootNodes.size());
      for (Node node : rootNodes) {
        result.add((T) save.result(node));
      }
    } else {
      result = new ArrayList<>(roots); // a class instance is its own result
    }
    save.writeBack();
    return result;
  }

  /**
   * The node of {@code object}, made on first sight, after every object it reaches has its node.
   * Objects are tracked by identity, so that each is saved once, when they can be met twice in a
   * way that matters: reached through a relation, carrying relation values (cycles run through
   * them), or without a key (two nodes would make two rows). A flat row with its own key, the bulk
   * of an import, skips the identity map: met twice, it is upserted twice under one key, which
   * stores the same row.
   *
   * <p>The walk is depth-first, with an explicit stack of {@link Visit}s rather than recursion, so
   * that a chain of any depth is saved: a node enters {@link #order} once the targets of its {@code
   * before} relations have, and before the targets of its {@code after} relations.
   */
  private Node visit(EntityType<Object, ?> type, Object object, Reach reach) {
    Node root = enter(type, object, reach);
    while (!stack.isEmpty()) {
      Visit visit = stack.peek();
      if (visit.hasNextTarget()) {
        Object element = visit.nextTarget();
        if (element == null) {
          throw new RelataException(
              visit.relation
                  + " of "
                  + visit.node.type
                  + " "
                  + describeKey(visit.node)
                  + " holds null at position "
                  + (visit.position - 1)
                  + "; remove it before saving");
        }
        visit.targets.add(enter(visit.targetType(), element, Reach.RELATION));
      } else {
        if (visit.relation != null) {
          visit.node.addEdge(new Edge(visit.relation, visit.targets));
        }
        if (!visit.nextRelation()) {
          stack.pop();
        }
      }
    }
    return root;
  }

  /**
   * The node of {@code object}: the one made before, or a new one, whose relations are then
   * followed from the top of {@link #stack}.
   */
  private Node enter(EntityType<Object, ?> type, Object object, Reach reach) {
    Object key = type.key().get(object);
    EntityType.SavingOrder<Object> relations = type.savingOrder();
    // Always looked up: an object met first through a relation must not get a second node, or its
    // unlinked copy would be stored after the linked one. Only tracked objects enter the map, so
    // for a flat import it stays empty and the lookup is cheap.
    // A tree read from JSON reaches every object once: nothing to look up (see Sharing.NONE).
    Node seen = !tracks || nodes.isEmpty() ? null : nodes.get(object);
    if (seen != null) {
      if (seen.type != type) {
        throw new RelataException(
            "the same object is saved as " + seen.type + " and as " + type + ": " + object);
      }
      return seen;
    }
    boolean carries = carriesValues(relations, object);
    Node node = new Node(type, object);
    node.key = key;
    if (tracks && (reach == Reach.RELATION || type.unassigned(key) || carries)) {
      nodes.put(node);
    }
    count(node);
    if (!carries) {
      order.add(node); // most rows: nothing to follow, no visit on the stack
      return node;
    }
    Visit visit = new Visit(node, relations);
    stack.push(visit);
    if (!visit.nextRelation()) {
      stack.pop();
    }
    return node;
  }

  /**
   * A node whose relations are being followed: the relation at hand and the targets met so far.
   * {@link #nextRelation} moves on to the next relation that carries a value, adding the node to
   * {@link #order} between the {@code before} and the {@code after} relations.
   */
  private final class Visit {
    final Node node;
    private final Relation<Object, ?>[] before;
    private final Relation<Object, ?>[] after;

    /** The index of the next relation to look at, over {@code before} then {@code after}. */
    private int next;

    Relation<Object, Object> relation;
    List<Node> targets;
    private Iterator<?> elements;

    /** How many targets of the relation at hand have been taken. */
    int position;

    Visit(Node node, EntityType.SavingOrder<Object> relations) {
      this.node = node;
      this.before = relations.before();
      this.after = relations.after();
    }

    /** Moves to the next relation with a value; false when there is none left. */
    @SuppressWarnings("unchecked")
    boolean nextRelation() {
      relation = null;
      while (next < before.length + after.length) {
        if (next == before.length) {
          order.add(node);
        }
        Relation<Object, ?> candidate =
            next < before.length ? before[next] : after[next - before.length];
        next++;
        Object value = candidate.valueOf(node.original);
        if (value != null) {
          relation = (Relation<Object, Object>) candidate;
          if (candidate.toMany()) {
            Collection<?> values = (Collection<?>) value;
            elements = values.iterator();
            targets = new ArrayList<>(values.size());
          } else {
            elements = List.of(value).iterator();
            targets = new ArrayList<>(1);
          }
          position = 0;
          return true;
        }
      }
      if (next == before.length) {
        order.add(node); // no after relations
        next++;
      }
      return false;
    }

    boolean hasNextTarget() {
      return relation != null && elements.hasNext();
    }

    Object nextTarget() {
      position++;
      return elements.next();
    }

    @SuppressWarnings("unchecked")
    EntityType<Object, ?> targetType() {
      return (EntityType<Object, ?>) relation.target();
    }
  }

  private void count(Node node) {
    if (node.type != lastType) {
      lastType = node.type;
      lastStats = stats.computeIfAbsent(node.type, t -> new TableStats());
    }
    TableStats counts = lastStats;
    counts.rows++;
    if (node.type.unassigned(node.key)) {
      counts.missing++;
      missingKeys++;
    } else if (node.type.keyKind().numeric()) {
      counts.highestGiven = Math.max(counts.highestGiven, ((Number) node.key).longValue());
    }
  }

  /** Whether {@code object} carries a value (loaded, not null) of one of {@code relations}. */
  static <T> boolean carriesValues(EntityType.SavingOrder<T> relations, T object) {
    return carriesValue(relations.before(), object) || carriesValue(relations.after(), object);
  }

  private static <T> boolean carriesValue(Relation<T, ?>[] relations, T object) {
    for (Relation<T, ?> relation : relations) {
      if (relation.valueOf(object) != null) {
        return true;
      }
    }
    return false;
  }

  private static String describeKey(Node node) {
    return node.key == null ? "(without key)" : String.valueOf(node.key);
  }

  /** Refuses the save if a root's key is stored already or given twice; fresh keys are new. */
  private void checkNew(List<Node> roots) {
    List<Object> given = new ArrayList<>(roots.size());
    for (Node root : roots) {
      if (!root.keyAssigned) {
        given.add(root.key); // a fresh key, assigned, cannot be held by any row
      }
    }
    checkNew(rows, roots.get(0).type, given);
  }

  /**
   * Refuses a save (an insert) of rows of {@code type} with the keys {@code given}, in the caller's
   * order, if one is given twice or stored already: a {@link DuplicateKeyException} naming the first.
   */
  static void checkNew(Rows rows, EntityType<?, ?> type, List<Object> given) {
    Set<Object> seen = new HashSet<>();
    for (Object key : given) {
      if (!seen.add(key)) {
        throw new DuplicateKeyException(type.name(), key);
      }
    }
    if (given.isEmpty()) {
      return;
    }
    @SuppressWarnings("unchecked")
    EntityType<Object, ?> t = (EntityType<Object, ?>) type;
    List<Object> stored = rows.rows(t, given);
    if (!stored.isEmpty()) {
      Set<Object> taken = new HashSet<>();
      for (Object row : stored) {
        taken.add(t.key().get(row));
      }
      for (Object key : given) {
        if (taken.contains(key)) {
          throw new DuplicateKeyException(type.name(), key); // the first in the caller's order
        }
      }
    }
  }

  /**
   * Assigns keys to the rows without one. Numbers are reserved per table in one step, above the
   * keys the table has held and above every key given in this save, so none can collide; the counts
   * were gathered while visiting.
   */
  private void assignKeys() {
    for (Map.Entry<EntityType<?, ?>, TableStats> entry : stats.entrySet()) {
      EntityType<?, ?> type = entry.getKey();
      TableStats counts = entry.getValue();
      if (type.keyKind().numeric() && (counts.missing > 0 || counts.highestGiven > 0)) {
        counts.numbers = rows.reserveNumbers(type, counts.highestGiven, counts.missing);
      }
    }
    if (missingKeys == 0) {
      return;
    }
    EntityType<?, ?> last = null;
    TableStats counts = null;
    for (Node node : order) {
      if (node.type.unassigned(node.key)) {
        if (node.type.keyKind().numeric()) {
          if (node.type != last) {
            last = node.type;
            counts = stats.get(node.type);
          }
          node.key = node.type.keyKind().number(counts.numbers[counts.next++]);
        } else {
          node.key = rows.randomKey(node.type);
        }
        node.keyAssigned = true;
      }
    }
  }

  private void link() {
    for (Node node : order) {
      Object row = node.type.copy(node.original);
      node.row = node.keyAssigned ? node.type.key().set(row, node.key) : row;
    }
    for (Node node : order) {
      List<Edge> edges = node.edges;
      for (int i = 0, n = edges == null ? 0 : edges.size(); i < n; i++) {
        Edge edge = edges.get(i);
        edge.relation().link(node, edge.targets());
        if (edge.relation() instanceof HasOneRelation<?, ?> hasOne) {
          Object key = node.value(hasOne.localKey());
          if (key != null) {
            releases.add(new Release(hasOne, key, node.key));
          }
        }
      }
    }
    for (Node node : order) {
      if (node.keyLinked) {
        if (linkedKeys.isEmpty()) {
          linkedKeys = new HashSet<>();
        }
        linkedKeys.add(new TableKey(node.type, node.key));
      }
    }
  }

  /**
   * Releases the rows each {@code @HasOne} of {@link #releases} held before, but for the rows this
   * save stores (the child given among them), as its {@code onDelete} says: {@code CASCADE} deletes
   * them (with their own rules), {@code SET_NULL} and {@code NOTHING} clear their foreign key (a
   * primitive one cannot be: the save is refused), {@code RESTRICT} refuses the save. Runs before
   * any row is stored, so that every row this save stores is there after it, even one that a
   * cascade from a released row removed.
   */
  private void release() {
    Map<EntityType<?, ?>, Set<Object>> stored = null;
    for (Release release : releases) {
      @SuppressWarnings("unchecked")
      HasOneRelation<Object, Object> relation = (HasOneRelation<Object, Object>) release.relation();
      EntityType<Object, ?> target = relation.target();
      List<Object> held = rows.where(target, relation.foreignKey(), release.key());
      if (held.isEmpty()) {
        continue;
      }
      if (stored == null) {
        stored = storedKeys();
      }
      Set<Object> kept = stored.getOrDefault(target, Set.of());
      List<Object> released = new ArrayList<>(held.size());
      List<Object> releasedKeys = new ArrayList<>(held.size());
      for (Object row : held) {
        Object key = target.key().get(row);
        if (!kept.contains(key)) {
          released.add(row);
          releasedKeys.add(key);
        }
      }
      if (!released.isEmpty()) {
        releaseRows(release, relation, released, releasedKeys);
      }
    }
  }

  private void releaseRows(
      Release release,
      HasOneRelation<Object, Object> relation,
      List<Object> released,
      List<Object> keys) {
    OnDelete rule = relation.onDelete();
    String owner = relation.owner().name() + " " + release.parentKey();
    switch (rule) {
      case CASCADE -> DeleteOperation.run(rows, relation.target(), released);
      case RESTRICT ->
          throw new DeleteRestrictedException(
              relation.owner().name(),
              release.parentKey(),
              relation.name(),
              keys,
              cannotGive(owner, relation, keys)
                  + " it holds is declared onDelete = RESTRICT, so it cannot let go of it;"
                  + " destroy it first or change onDelete");
      case SET_NULL, NOTHING -> {
        if (relation.foreignKey().primitive()) {
          throw new RelataException(
              cannotGive(owner, relation, keys)
                  + " it holds would lose its key, and "
                  + relation.target().name()
                  + "."
                  + relation.foreignKey().name()
                  + " is primitive and cannot be cleared; destroy it first, or declare the key"
                  + " with a boxed type");
        }
        rows.clear(relation.target(), relation.foreignKey(), keys);
      }
      default -> throw new AssertionError(rule);
    }
  }

  /**
   * The start of both refusals in {@link #releaseRows} (RESTRICT, and a primitive key that cannot
   * be cleared): which owner cannot take another related row, and the rows it holds.
   */
  private static String cannotGive(
      String owner, HasOneRelation<Object, Object> relation, List<Object> keys) {
    return "cannot give "
        + owner
        + " another "
        + relation.name()
        + ": the "
        + relation.target().name()
        + " "
        + keys;
  }

  /** The keys of the rows this save stores, by table. */
  private Map<EntityType<?, ?>, Set<Object>> storedKeys() {
    Map<EntityType<?, ?>, Set<Object>> keys = new IdentityHashMap<>();
    for (Node node : order) {
      keys.computeIfAbsent(node.type, t -> new HashSet<>()).add(node.key);
    }
    return keys;
  }

  private void store() {
    reserve();
    for (Node node : order) {
      put(node);
    }
  }

  /** Room for every row at once: a bulk save then grows each table and the log once. */
  private void reserve() {
    stats.forEach((type, counts) -> rows.expect(type, counts.rows));
  }

  private void put(Node node) {
    if (node.keyLinked) {
      if (node.type.unassigned(node.key)) {
        throw new RelataException(
            node.type.name()
                + " gets its key from a parent through a relation, and the parent"
                + " has none: save the parent with a key first");
      }
      if (node.type.keyKind().numeric()) {
        // Keys assigned later must go above a key that a link wrote.
        rows.reserveNumbers(node.type, ((Number) node.key).longValue(), 0);
      }
    }
    if (node.keyAssigned) {
      if (!linkedKeys.isEmpty() && linkedKeys.contains(new TableKey(node.type, node.key))) {
        // Numbers were reserved before links wrote keys, so a link can take an assigned one.
        throw new RelataException(
            node.type.name()
                + " key "
                + node.key
                + " was assigned to a new row and is also the key that a relation gives another "
                + node.type.name()
                + " in this save (a one-to-one on the key); save the rows that take their key"
                + " from a parent first, then the others");
      }
      rows.insert(node.type, node.row); // a fresh key: no other row holds it
    } else {
      rows.upsert(node.type, node.row);
    }
  }

  /**
   * Writes assigned keys, foreign keys and rebuilt records into the caller's objects. Their getters
   * and setters are entity code and may throw. So every value a field holds now is read first,
   * before any field is written; then each write goes through the transaction, which logs the
   * previous value: a failure then, or later in the same write, puts back exactly what each field
   * held, with setters only, so that a failed save leaves the caller's objects as it leaves the
   * store (a retry of an object that kept a key it never got would overwrite another row). A
   * field that holds its value already is left alone (the children of a JSON document carry their
   * parent's key), as is one that a later link of the same save writes again.
   */
  private void writeBack() {
    CallerWrites columns = new CallerWrites();
    List<CallerWrite> relations = new ArrayList<>(0);
    for (Node node : order) {
      if (node.type.record()) {
        continue;
      }
      if (node.keyAssigned) {
        columns.add(node.original, node.type.key(), node.key);
      }
      for (int i = 0; i < node.writeCount; i++) {
        if (!writtenAgain(node, i)) {
          columns.add(node.original, node.writtenColumn(i), node.writtenValue(i));
        }
      }
      List<Edge> edges = node.edges;
      for (int e = 0, n = edges == null ? 0 : edges.size(); e < n; e++) {
        Edge edge = edges.get(e);
        if (anyRecord(edge.targets())) {
          // Records cannot take their keys: hand the parent the rebuilt instances instead.
          List<Object> rebuilt = new ArrayList<>(edge.targets().size());
          for (Node target : edge.targets()) {
            rebuilt.add(result(target));
          }
          Relation<Object, Object> relation = edge.relation();
          relations.add(
              new CallerWrite(
                  node.original,
                  relation,
                  relation.container(rebuilt),
                  relation.valueOf(node.original)));
        }
      }
    }
    // Each field is written once (a column or a relation field), so the order between is free.
    if (columns.count > 0) {
      rows.setCallerColumns(columns.columns, columns.targets, columns.values, columns.previous, columns.count);
    }
    for (CallerWrite write : relations) {
      rows.setCallerRelation(write.relation(), write.target(), write.value(), write.previous());
    }
  }

  /**
   * The column values to write into the caller's objects, in parallel arrays, each with the value
   * its field holds, read when it is added (before any is written). A value that the field holds
   * already is not added (the children of a JSON document carry their parent's key).
   */
  private static final class CallerWrites {
    Object[] targets = new Object[16];
    Column<?>[] columns = new Column<?>[16];
    Object[] values = new Object[16];
    Object[] previous = new Object[16];
    int count;

    void add(Object target, Column<Object> column, Object value) {
      Object held = column.get(target);
      if (Objects.equals(held, value)) {
        return;
      }
      if (count == targets.length) {
        int capacity = count * 2;
        targets = Arrays.copyOf(targets, capacity);
        columns = Arrays.copyOf(columns, capacity);
        values = Arrays.copyOf(values, capacity);
        previous = Arrays.copyOf(previous, capacity);
      }
      targets[count] = target;
      columns[count] = column;
      values[count] = value;
      previous[count] = held;
      count++;
    }
  }

  /**
   * Whether a later link of the save writes the column of {@code node}'s write {@code i} again:
   * then only the last value goes into the caller's object (it is what the row holds).
   */
  private static boolean writtenAgain(Node node, int i) {
    Column<Object> column = node.writtenColumn(i);
    for (int j = i + 1; j < node.writeCount; j++) {
      if (node.writtenColumn(j) == column) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyRecord(List<Node> nodes) {
    for (int i = 0, n = nodes.size(); i < n; i++) {
      if (nodes.get(i).type.record()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A value for a relation field of a caller's object, and the value the field held before, read
   * before any field is written.
   */
  private record CallerWrite(
      Object target, Relation<Object, Object> relation, Object value, Object previous) {}

  /**
   * The object to hand back for {@code node}: the original for a class (changed in place), a new
   * instance for a record, carrying its row's keys and its relation values rebuilt alike. Records
   * are rebuilt depth-first with an explicit stack, targets before their owner, so that a chain of
   * any depth is rebuilt.
   */
  private Object result(Node node) {
    if (!node.type.record()) {
      return node.original;
    }
    Object done = results.get(node);
    if (done != null) {
      return done;
    }
    ArrayDeque<Rebuild> pending = new ArrayDeque<>();
    // A cycle among records (possible only through mutable lists) ends at the original object.
    results.put(node, node.original);
    pending.push(new Rebuild(node));
    while (!pending.isEmpty()) {
      Rebuild rebuild = pending.peek();
      Node target = rebuild.nextRecordTarget();
      if (target != null) {
        results.put(target, target.original);
        pending.push(new Rebuild(target));
        continue;
      }
      pending.pop();
      results.put(rebuild.node, assemble(rebuild.node));
    }
    return results.get(node);
  }

  /** A record being rebuilt: walks its targets for records not rebuilt nor being rebuilt yet. */
  private final class Rebuild {
    final Node node;
    private int edge;
    private int target;

    Rebuild(Node node) {
      this.node = node;
    }

    /** The next record target without a result, or null when every target has one. */
    Node nextRecordTarget() {
      List<Edge> edges = node.edges();
      for (; edge < edges.size(); edge++, target = 0) {
        List<Node> targets = edges.get(edge).targets();
        while (target < targets.size()) {
          Node next = targets.get(target++);
          if (next.type.record() && !results.containsKey(next)) {
            return next;
          }
        }
      }
      return null;
    }
  }

  /** A new instance of the record of {@code node}, with the results of its targets. */
  private Object assemble(Node node) {
    Object[] values = new Object[node.type.relations().size()];
    for (Edge edge : node.edges()) {
      List<Object> targets = new ArrayList<>(edge.targets().size());
      for (Node target : edge.targets()) {
        targets.add(target.type.record() ? results.get(target) : target.original);
      }
      values[edge.relation().ordinal()] = edge.relation().container(targets);
    }
    return node.type.assemble(node.row, values);
  }
}
