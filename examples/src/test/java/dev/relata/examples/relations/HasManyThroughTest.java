package dev.relata.examples.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.relata.Store;
import dev.relata.examples.StoreKind;
import dev.relata.examples.relations.model.Article;
import dev.relata.examples.relations.model.ArticleRepository;
import dev.relata.examples.relations.model.Citizen;
import dev.relata.examples.relations.model.CitizenRepository;
import dev.relata.examples.relations.model.Nation;
import dev.relata.examples.relations.model.NationRepository;
import dev.relata.examples.relations.model.Remark;
import dev.relata.examples.relations.model.RemarkRepository;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code @HasManyThrough} end to end: nations reach articles through citizens, by the default keys
 * ({@code citizen.nationId}, {@code article.citizenId}) and by custom ones ({@code nation.code} =
 * {@code citizen.nationCode}, {@code citizen.handle} = {@code article.authorHandle}).
 *
 * <p>The citizens are stored out of key order (10, 5, 7, ...), so that grouping by insertion order
 * differs from grouping by key.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class HasManyThroughTest {
  private final Store store;
  private final NationRepository nations;
  private final CitizenRepository citizens;
  private final ArticleRepository articles;
  private final RemarkRepository remarks;

  HasManyThroughTest(StoreKind kind) {
    store = kind.open();
    nations = new NationRepository(store);
    citizens = new CitizenRepository(store);
    articles = new ArticleRepository(store);
    remarks = new RemarkRepository(store);
    kind.ready(store);
  }

  private Nation aland;
  private Nation borduria;
  private Nation carpania;

  @BeforeEach
  void seed() {
    aland = nations.save(new Nation(1, "Aland", "AL"));
    borduria = nations.save(new Nation(2, "Borduria", "BO"));
    carpania = nations.save(new Nation(3, "Carpania", null)); // null local key for the codes
    nations.save(new Nation(4, "Dunland", "DU")); // no citizens

    citizens.save(new Citizen(10L, "ann", 1, "AL"));
    citizens.save(new Citizen(5L, "bob", 2, "BO"));
    citizens.save(new Citizen(7L, "cy", 1, "AL"));
    citizens.save(new Citizen(8L, null, null, null)); // null first key and second local key
    citizens.save(new Citizen(9L, "dee", 2, null));
    citizens.save(new Citizen(11L, null, 1, "AL")); // in Aland, without a handle

    articles.save(Article.of(1, "cy-1", 3, 7L, "cy"));
    articles.save(Article.of(2, "ann-1", 5, 10L, "ann"));
    articles.save(Article.of(3, "bob-1", 1, 5L, "bob"));
    articles.save(Article.of(4, "cy-2", 4, 7L, "cy"));
    articles.save(Article.of(5, "orphan", 2, null, null));
    articles.save(Article.of(6, "ann-2", 2, 10L, "ann"));
    articles.save(Article.of(7, "dee-1", 5, 9L, "dee"));
    articles.save(Article.of(8, "nobody-1", 3, 8L, null));
    articles.save(Article.of(9, "quiet-1", 4, 11L, null));
  }

  // ---- Eager loading ----

  @Test
  void eagerLoadGroupsByCitizenInInsertionOrderThenArticlesInInsertionOrder() {
    assertEquals(
        Map.of(
            "Aland", List.of("ann-1", "ann-2", "cy-1", "cy-2", "quiet-1"),
            "Borduria", List.of("bob-1", "dee-1"),
            "Carpania", List.of(),
            "Dunland", List.of()),
        titlesByNation(nations.withArticles().get(), n -> n.articles));
  }

  @Test
  void eagerLoadHasEveryCitizensArticlesNotOnlyTheFirstCitizens() {
    // Pinia ORM 1.10.2 keeps only the first citizen's group: ["ann-1", "ann-2"].
    Nation loaded = nations.withArticles().where(n -> n.id == 1).first().orElseThrow();

    assertEquals(List.of("ann-1", "ann-2", "cy-1", "cy-2", "quiet-1"), titles(loaded.articles));
  }

  @Test
  void customKeysMatchCodesAndHandles() {
    assertEquals(
        Map.of(
            "Aland", List.of("ann-1", "ann-2", "cy-1", "cy-2"),
            "Borduria", List.of("bob-1"),
            "Carpania", List.of(),
            "Dunland", List.of()),
        titlesByNation(nations.query().withArticlesByCode().get(), n -> n.articlesByCode));
  }

  @Test
  void nullLocalKeyMatchesNoCitizenWithNullFirstKey() {
    // Citizens 8 and 9 have no nationCode, and Carpania has no code: they must not match.
    Nation loaded = nations.query().withArticlesByCode().where(n -> n.id == 3).first().get();

    assertEquals(List.of(), loaded.articlesByCode);
    assertEquals(List.of(), nations.articlesByCode(carpania).find());
    assertEquals(0, nations.articlesByCode(carpania).count());
  }

  @Test
  void nullSecondLocalKeyMatchesNoArticleWithNullSecondKey() {
    // Citizen 11 is in Aland without a handle; articles 5, 8 and 9 have no authorHandle.
    List<String> byCode = titles(nations.articlesByCode(aland).find());

    assertEquals(List.of("ann-1", "ann-2", "cy-1", "cy-2"), byCode);
  }

  @Test
  void nationWithoutKeyFindsNothingThroughCitizensWithoutNation() {
    // Citizen 8 has no nationId and has article 8: a null key matches nothing.
    Nation unsaved = new Nation(null, "Nowhere", null);

    assertEquals(List.of(), nations.articles(unsaved).find());
    assertEquals(0, nations.articles(unsaved).count());
  }

  @Test
  void replacedCitizenAndArticleKeepTheirPlaceInTheGrouping() {
    citizens.save(new Citizen(10L, "ann", 1, "AL")); // replaced: stays first among Aland's
    articles.save(Article.of(2, "ann-1 (edited)", 5, 10L, "ann"));

    assertEquals(
        List.of("ann-1 (edited)", "ann-2", "cy-1", "cy-2", "quiet-1"),
        titles(nations.articles(aland).find()));
  }

  @Test
  void citizenMovingToAnotherNationTakesItsArticlesAlong() {
    citizens.save(new Citizen(7L, "cy", 2, "BO"));

    assertEquals(List.of("ann-1", "ann-2", "quiet-1"), titles(nations.articles(aland).find()));
    assertEquals(
        List.of("bob-1", "cy-1", "cy-2", "dee-1"), titles(nations.articles(borduria).find()));
    assertEquals(List.of("bob-1", "cy-1", "cy-2"), titles(nations.articlesByCode(borduria).find()));
  }

  @Test
  void constrainedLoadingFiltersPerNation() {
    List<Nation> loaded = nations.withArticles(a -> a.where(article -> article.stars() >= 4)).get();

    assertEquals(
        Map.of(
            "Aland", List.of("ann-1", "cy-2", "quiet-1"),
            "Borduria", List.of("dee-1"),
            "Carpania", List.of(),
            "Dunland", List.of()),
        titlesByNation(loaded, n -> n.articles));
  }

  @Test
  void constrainedLoadingOrdersPerNation() {
    List<Nation> loaded =
        nations.withArticles(a -> a.orderBy(Comparator.comparing(Article::title).reversed())).get();

    assertEquals(
        List.of("quiet-1", "cy-2", "cy-1", "ann-2", "ann-1"), titles(loaded.get(0).articles));
    assertEquals(List.of("dee-1", "bob-1"), titles(loaded.get(1).articles));
  }

  @Test
  void constrainedLoadingPagesPerNationNotOverAllNations() {
    List<Nation> loaded = nations.withArticles(a -> a.offset(1).limit(2)).get();

    assertEquals(
        Map.of(
            "Aland", List.of("ann-2", "cy-1"),
            "Borduria", List.of("dee-1"),
            "Carpania", List.of(),
            "Dunland", List.of()),
        titlesByNation(loaded, n -> n.articles));
  }

  @Test
  void nestedLoadingLoadsEachArticlesRemarks() {
    remarks.save(new Remark(0, "first!", 2L));
    remarks.save(new Remark(0, "nice", 1L));
    remarks.save(new Remark(0, "agreed", 2L));

    Nation loaded = nations.withArticles(a -> a.withRemarks()).first().orElseThrow();
    Nation notNested = nations.withArticles().first().orElseThrow();

    Map<String, List<String>> remarksByArticle = new LinkedHashMap<>();
    for (Article article : loaded.articles) {
      remarksByArticle.put(article.title(), article.remarks().stream().map(r -> r.text).toList());
    }
    assertEquals(
        Map.of(
            "ann-1", List.of("first!", "agreed"),
            "ann-2", List.of(),
            "cy-1", List.of("nice"),
            "cy-2", List.of(),
            "quiet-1", List.of()),
        remarksByArticle);
    assertEquals(
        List.of("ann-1", "ann-2", "cy-1", "cy-2", "quiet-1"),
        List.copyOf(remarksByArticle.keySet()));
    assertNull(notNested.articles.get(0).remarks());
  }

  @Test
  void nestedLoadingTakesItsOwnConstraints() {
    remarks.save(new Remark(0, "a", 2L));
    remarks.save(new Remark(0, "c", 2L));
    remarks.save(new Remark(0, "b", 2L));

    Nation loaded =
        nations
            .withArticles(
                a ->
                    a.where(article -> article.stars() == 5)
                        .withRemarks(
                            r -> r.orderBy(Comparator.comparing((Remark x) -> x.text).reversed())))
            .first()
            .orElseThrow();

    assertEquals(List.of("ann-1"), titles(loaded.articles));
    assertEquals(
        List.of("c", "b", "a"),
        loaded.articles.get(0).remarks().stream().map(r -> r.text).toList());
  }

  @Test
  void withAllLoadsThroughRelationsOneLevelDeep() {
    Nation loaded = nations.withAll().first().orElseThrow();

    assertEquals(3, loaded.citizens.size());
    assertEquals(5, loaded.articles.size());
    assertEquals(4, loaded.articlesByCode.size());
    assertNull(loaded.articles.get(0).remarks());
  }

  // ---- Existence filters ----

  @Test
  void hasAndDoesntHaveFilterByArticlesReachedThroughCitizens() {
    assertEquals(List.of("Aland", "Borduria"), names(nations.query().hasArticles().get()));
    assertEquals(List.of("Carpania", "Dunland"), names(nations.query().doesntHaveArticles().get()));
    assertEquals(List.of("Aland", "Borduria"), names(nations.query().hasArticlesByCode().get()));
    assertEquals(
        List.of("Carpania", "Dunland"), names(nations.query().doesntHaveArticlesByCode().get()));
  }

  @Test
  void constrainedHasAndDoesntHaveApplyTheConstraintPerNation() {
    assertEquals(
        List.of("Aland"),
        names(nations.query().hasArticles(a -> a.where(x -> x.title().startsWith("cy"))).get()));
    assertEquals(
        List.of("Borduria", "Carpania", "Dunland"),
        names(
            nations
                .query()
                .doesntHaveArticles(a -> a.where(x -> x.title().startsWith("cy")))
                .get()));
    assertEquals(List.of("Aland"), names(nations.query().hasArticles(a -> a.offset(4)).get()));
    assertEquals(1, nations.query().hasArticles(a -> a.offset(4)).count());
    assertEquals(
        List.of("Borduria"),
        names(nations.query().hasArticles(a -> a.where(x -> x.title().startsWith("dee"))).get()));
  }

  // ---- Resolver ----

  @Test
  void resolverFindAndCountMatchTheEagerLoad() {
    assertEquals(
        List.of("ann-1", "ann-2", "cy-1", "cy-2", "quiet-1"),
        titles(nations.articles(aland).find()));
    assertEquals(5, nations.articles(aland).count());
    assertEquals(List.of("bob-1", "dee-1"), titles(nations.articles(borduria).find()));
    assertEquals(2, nations.articles(borduria).count());
    assertEquals(List.of(), nations.articles(carpania).find());
    assertEquals(0, nations.articles(carpania).count());
  }

  @Test
  void resolverReadsTheStoredRowOfTheGivenObjectsKey() {
    // Bound to key 2 (Borduria): its stored code decides, not the code of the object given.
    Nation other = new Nation(2, "Aland under another id", "AL");

    assertEquals(List.of("bob-1", "dee-1"), titles(nations.articles(other).find()));
    assertEquals(
        titles(nations.articlesByCode(borduria).find()),
        titles(nations.articlesByCode(other).find()));
    assertEquals(nations.articlesByCode(borduria).count(), nations.articlesByCode(other).count());
  }

  @Test
  void resolverFindReturnsFreshCopies() {
    List<Article> first = nations.articles(aland).find();
    List<Article> second = nations.articles(aland).find();

    assertEquals(first, second);
    for (int i = 0; i < first.size(); i++) {
      assertNotSame(first.get(i), second.get(i));
    }
  }

  // ---- Nested save ----

  @Test
  void nestedSaveStoresTheArticlesAsGivenAndCreatesNoCitizen() {
    Nation nation = new Nation(null, "Elbonia", "EL");
    nation.articles =
        List.of(
            new Article(null, "cy-3", 1, 7L, "cy", null),
            new Article(null, "stray", 1, 999L, null, null),
            Article.of(3, "bob-1 (edited)", 1, 5L, "bob"));
    List<String> citizensBefore = Tables.rows(citizens);

    Nation saved = nations.save(nation);

    assertSame(nation, saved);
    assertEquals(5, nation.id);
    assertEquals(citizensBefore, Tables.rows(citizens));
    assertEquals(
        List.of(
            "cy-1",
            "ann-1",
            "bob-1 (edited)",
            "cy-2",
            "orphan",
            "ann-2",
            "dee-1",
            "nobody-1",
            "quiet-1",
            "cy-3",
            "stray"),
        titles(articles.all()));
    assertEquals(
        List.of(Article.of(10, "cy-3", 1, 7L, "cy"), Article.of(11, "stray", 1, 999L, null)),
        articles.findAll(List.of(10L, 11L)));
    // The caller's nation holds the saved records, carrying their keys.
    assertEquals(List.of(10L, 11L, 3L), nation.articles.stream().map(Article::id).toList());
    // Elbonia has no citizens, so it reaches none of them; cy-3 joins its author's group in Aland.
    assertEquals(List.of(), nations.articles(nation).find());
    assertEquals(
        List.of("ann-1", "ann-2", "cy-1", "cy-2", "cy-3", "quiet-1"),
        titles(nations.articles(aland).find()));
  }

  @Test
  void nestedSaveSavesWhatTheArticlesCarry() {
    Nation nation = new Nation(null, "Elbonia", "EL");
    nation.articlesByCode =
        List.of(new Article(null, "ann-3", 2, 10L, "ann", List.of(new Remark(0, "wow", null))));

    nations.save(nation);

    Article stored = articles.withRemarks().where(a -> a.title().equals("ann-3")).first().get();
    assertEquals(List.of("wow"), stored.remarks().stream().map(r -> r.text).toList());
    assertEquals(stored.id(), stored.remarks().get(0).articleId);
    assertEquals(6, citizens.count());
  }

  // ---- Helpers ----

  private static List<String> titles(List<Article> list) {
    return list.stream().map(Article::title).toList();
  }

  private static List<String> names(List<Nation> list) {
    return list.stream().map(n -> n.name).toList();
  }

  private static Map<String, List<String>> titlesByNation(
      List<Nation> list, Function<Nation, List<Article>> relation) {
    Map<String, List<String>> result = new LinkedHashMap<>();
    for (Nation nation : list) {
      result.put(nation.name, titles(Objects.requireNonNull(relation.apply(nation), nation.name)));
    }
    return result;
  }
}
