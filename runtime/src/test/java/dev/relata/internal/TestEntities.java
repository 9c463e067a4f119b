package dev.relata.internal;

import dev.relata.OnDelete;
import java.util.List;

/**
 * Hand-written metadata for the engine tests, shaped like what the processor generates: {@code
 * items} (a class with a {@code Long} key and an indexed foreign key {@code groupId}), {@code
 * groups} (which has many items, deleted with their group), {@code tags} (a record with a {@code
 * String} key), and groups of items by name ({@link NamedGroupType}).
 */
final class TestEntities {
  private TestEntities() {}

  /** A mutable entity class; {@code poisoned} makes reading its name throw, as entity code may. */
  static final class Item {
    Long id;
    Long groupId;
    String name;
    boolean poisoned;

    Item() {}

    Item(Long id, Long groupId, String name) {
      this.id = id;
      this.groupId = groupId;
      this.name = name;
    }

    String name() {
      if (poisoned) {
        throw new IllegalStateException("name of a poisoned item was read");
      }
      return name;
    }

    @Override
    public String toString() {
      return "Item("
          + id
          + ", group "
          + groupId
          + ", "
          + name
          + ")@"
          + System.identityHashCode(this);
    }
  }

  static final class ItemType extends EntityType<Item, Long> {
    static final Column<Item> ID =
        Column.of(
            0,
            "id",
            ValueCodecs.LONG,
            item -> item.id,
            (item, value) -> {
              item.id = (Long) value;
              return item;
            });
    static final Column<Item> GROUP_ID =
        Column.of(
            1,
            "groupId",
            ValueCodecs.LONG,
            item -> item.groupId,
            (item, value) -> {
              item.groupId = (Long) value;
              return item;
            });
    static final Column<Item> NAME =
        Column.of(
            2,
            "name",
            ValueCodecs.STRING,
            Item::name,
            (item, value) -> {
              item.name = (String) value;
              return item;
            });

    ItemType(String name) {
      super(
          name,
          Item.class,
          EntityKind.CLASS,
          EntityCopy.RUNS_ENTITY_CODE,
          KeyKind.LONG,
          ID,
          List.of(ID, GROUP_ID, NAME));
    }

    @Override
    public Item copy(Item source) {
      return new Item(source.id, source.groupId, source.name());
    }

    @Override
    public Item create(RowSource in) {
      return new Item((Long) in.get(0), (Long) in.get(1), (String) in.get(2));
    }

    @Override
    public void write(Item row, RowSink out) {
      out.set(0, row.id);
      out.set(1, row.groupId);
      out.set(2, row.name());
    }

    @Override
    public Item assemble(Item row, Object[] relations) {
      return copy(row);
    }

    @Override
    protected List<Relation<Item, ?>> createRelations() {
      return List.of();
    }
  }

  /** An entity class with a to-many relation to items. */
  static final class Group {
    Long id;
    String name;
    List<Item> items;

    Group() {}

    Group(Long id, String name, List<Item> items) {
      this.id = id;
      this.name = name;
      this.items = items;
    }
  }

  static final class GroupType extends EntityType<Group, Long> {
    static final Column<Group> ID =
        Column.of(
            0,
            "id",
            ValueCodecs.LONG,
            group -> group.id,
            (group, value) -> {
              group.id = (Long) value;
              return group;
            });
    static final Column<Group> NAME =
        Column.of(
            1,
            "name",
            ValueCodecs.STRING,
            group -> group.name,
            (group, value) -> {
              group.name = (String) value;
              return group;
            });

    GroupType() {
      super(
          "groups",
          Group.class,
          EntityKind.CLASS,
          EntityCopy.RUNS_ENTITY_CODE,
          KeyKind.LONG,
          ID,
          List.of(ID, NAME));
    }

    @Override
    public Group copy(Group source) {
      return new Group(source.id, source.name, null);
    }

    @Override
    public Group create(RowSource in) {
      return new Group((Long) in.get(0), (String) in.get(1), null);
    }

    @Override
    public void write(Group row, RowSink out) {
      out.set(0, row.id);
      out.set(1, row.name);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Group assemble(Group row, Object[] relations) {
      return new Group(row.id, row.name, (List<Item>) relations[0]);
    }

    @Override
    protected List<Relation<Group, ?>> createRelations() {
      return List.of(items(this, "items", ID, ItemType.GROUP_ID, OnDelete.CASCADE));
    }
  }

  /**
   * Groups whose items are the items named as the group (a relation from {@code name} to items'
   * {@code name}): registering it indexes {@code items.name}, which nothing else indexes.
   */
  static final class NamedGroupType extends EntityType<Group, Long> {
    NamedGroupType(String name) {
      super(
          name,
          Group.class,
          EntityKind.CLASS,
          EntityCopy.RUNS_ENTITY_CODE,
          KeyKind.LONG,
          GroupType.ID,
          GROUPS.columns());
    }

    @Override
    public Group copy(Group source) {
      return GROUPS.copy(source);
    }

    @Override
    public Group assemble(Group row, Object[] relations) {
      return GROUPS.assemble(row, relations);
    }

    @Override
    public Group create(RowSource in) {
      return GROUPS.create(in);
    }

    @Override
    public void write(Group row, RowSink out) {
      GROUPS.write(row, out);
    }

    @Override
    protected List<Relation<Group, ?>> createRelations() {
      return List.of(items(this, "namesakes", GroupType.NAME, ItemType.NAME, OnDelete.NOTHING));
    }
  }

  /**
   * A relation from groups of {@code owner} to the items whose {@code foreignKey} equals the
   * group's {@code localKey}, loaded into {@code Group.items}.
   */
  @SuppressWarnings("unchecked")
  private static HasManyRelation<Group, Item> items(
      EntityType<Group, Long> owner,
      String name,
      Column<Group> localKey,
      Column<Item> foreignKey,
      OnDelete onDelete) {
    return new HasManyRelation<>(
        new RelationField<>(
            name,
            0,
            owner,
            ITEMS,
            group -> group.items,
            (group, value) -> {
              group.items = (List<Item>) value;
              return group;
            }),
        localKey,
        foreignKey,
        onDelete,
        CollectionKind.LIST);
  }

  /** A record entity with a {@code String} key. */
  record Tag(String id, Long itemId) {}

  static final class TagType extends EntityType<Tag, String> {
    static final Column<Tag> ID =
        Column.of(
            0,
            "id",
            ValueCodecs.STRING,
            Tag::id,
            (tag, value) -> new Tag((String) value, tag.itemId()));
    static final Column<Tag> ITEM_ID =
        Column.of(
            1,
            "itemId",
            ValueCodecs.LONG,
            Tag::itemId,
            (tag, value) -> new Tag(tag.id(), (Long) value));

    TagType(String name) {
      super(
          name,
          Tag.class,
          EntityKind.RECORD,
          EntityCopy.RUNS_ENTITY_CODE,
          KeyKind.STRING,
          ID,
          List.of(ID, ITEM_ID));
    }

    @Override
    public Tag copy(Tag source) {
      return new Tag(source.id(), source.itemId());
    }

    @Override
    public Tag create(RowSource in) {
      return new Tag((String) in.get(0), (Long) in.get(1));
    }

    @Override
    public void write(Tag row, RowSink out) {
      out.set(0, row.id());
      out.set(1, row.itemId());
    }

    @Override
    public Tag assemble(Tag row, Object[] relations) {
      return copy(row);
    }

    @Override
    protected List<Relation<Tag, ?>> createRelations() {
      return List.of();
    }
  }

  static final ItemType ITEMS = new ItemType("items");
  static final GroupType GROUPS = new GroupType();
  static final TagType TAGS = new TagType("tags");

  /** The relation {@code groups.items}. */
  @SuppressWarnings("unchecked")
  static HasManyRelation<Group, Item> groupItems() {
    return (HasManyRelation<Group, Item>) GROUPS.relations().get(0);
  }
}
