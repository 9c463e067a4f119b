// The Pinia ORM side of the comparison, and the comparison itself.
//
//   node compare.mjs <dataset.json> <relata-results.json> <pinia-results.json>
//
// Loads the datasets that dev.relata.examples.pinia.PiniaComparison wrote into pinia-orm models
// equivalent to Relata's example entities (one fresh Pinia per dataset), runs the same named queries,
// writes pinia-orm's results, then compares them query by query with Relata's and prints a Markdown
// table. Exits 1 if a query differs that EXPECTED_DIFFERENCES does not list, if a listed one no
// longer differs, or if the two sides do not run the same queries; 0 otherwise.

import { readFileSync, writeFileSync } from 'node:fs'
import { createApp } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import { Model, createORM, useRepo } from 'pinia-orm'

// ---- Models: the example entities of examples/src/main/java/dev/relata/examples/{blog,cluster} ----

class Country extends Model {
  static entity = 'countries'
  static fields () {
    return {
      id: this.attr(null),
      name: this.string(''),
      users: this.hasMany(User, 'countryId'),
      posts: this.hasManyThrough(Post, User, 'countryId', 'userId'),
    }
  }
}

class User extends Model {
  static entity = 'users'
  static fields () {
    return {
      id: this.attr(null),
      name: this.string(''),
      countryId: this.attr(null),
      phone: this.hasOne(Phone, 'userId'),
      posts: this.hasMany(Post, 'userId'),
      country: this.belongsTo(Country, 'countryId'),
    }
  }
}

class Phone extends Model {
  static entity = 'phones'
  static fields () {
    return {
      id: this.attr(null),
      number: this.string(''),
      userId: this.attr(null),
      user: this.belongsTo(User, 'userId'),
    }
  }
}

class Category extends Model {
  static entity = 'categories'
  static primaryKey = 'slug'
  static fields () {
    return {
      slug: this.attr(null),
      name: this.string(''),
      parentSlug: this.attr(null),
      parent: this.belongsTo(Category, 'parentSlug'),
      children: this.hasMany(Category, 'parentSlug'),
      posts: this.hasMany(Post, 'categorySlug'),
    }
  }
}

class Post extends Model {
  static entity = 'posts'
  static fields () {
    return {
      id: this.attr(null),
      title: this.string(''),
      publishedAt: this.attr(null),
      userId: this.attr(null),
      categorySlug: this.attr(null),
      comments: this.hasMany(Comment, 'postId'),
      user: this.belongsTo(User, 'userId'),
      category: this.belongsTo(Category, 'categorySlug'),
    }
  }
}

class Comment extends Model {
  static entity = 'comments'
  static fields () {
    return {
      id: this.attr(null),
      body: this.string(''),
      createdAt: this.attr(null),
      postId: this.attr(null),
      authorId: this.attr(null),
      post: this.belongsTo(Post, 'postId'),
      author: this.belongsTo(User, 'authorId'),
    }
  }
}

class Node extends Model {
  static entity = 'nodes'
  static fields () {
    return {
      id: this.attr(null),
      host: this.string(''),
    }
  }
}

class Cluster extends Model {
  static entity = 'clusters'
  static fields () {
    return {
      id: this.attr(null),
      name: this.string(''),
      nodeIds: this.attr(null),
      nodes: this.hasManyBy(Node, 'nodeIds'),
    }
  }
}

// dev.relata.examples.pinia.Region: relations on countryId, a local key that may be null.
class Region extends Model {
  static entity = 'compareRegions'
  static fields () {
    return {
      id: this.attr(null),
      name: this.string(''),
      countryId: this.attr(null),
      users: this.hasMany(User, 'countryId', 'countryId'),
      firstUser: this.hasOne(User, 'countryId', 'countryId'),
      posts: this.hasManyThrough(Post, User, 'countryId', 'userId', 'countryId'),
    }
  }
}

const MODELS = [Country, User, Phone, Category, Post, Comment, Node, Cluster, Region]

// ---- Result shapes: the same as PiniaComparison's ----

// pinia-orm can leave a relation undefined (not null, not []): written as this marker.
const UNDEFINED = '<undefined>'

const keyOf = m => (m === undefined ? UNDEFINED : m === null ? null : m.$getKey())
const ids = list => (list === undefined ? UNDEFINED : list === null ? null : list.map(keyOf))
const rows = (list, shape) =>
  list === undefined ? UNDEFINED : list === null ? null : list.map(shape)
const row = (m, relations) => ({ id: m.$getKey(), ...relations })

// ---- The queries: the same names, in the same order, as PiniaComparison.cases() ----

const QUERIES = [
  // has many
  ['hasMany: users with posts', 'main',
    r => rows(r(User).with('posts').get(), u => row(u, { posts: ids(u.posts) }))],
  ['hasMany: posts with comments', 'main',
    r => rows(r(Post).with('comments').get(), p => row(p, { comments: ids(p.comments) }))],
  ['hasMany: categories with posts (String keys)', 'main',
    r => rows(r(Category).with('posts').get(), c => row(c, { posts: ids(c.posts) }))],

  // belongs to
  ['belongsTo: comments with post', 'main',
    r => rows(r(Comment).with('post').get(), c => row(c, { post: keyOf(c.post) }))],
  ['belongsTo: comments with author', 'main',
    r => rows(r(Comment).with('author').get(), c => row(c, { author: keyOf(c.author) }))],
  ['belongsTo: posts with user (null and missing keys)', 'main',
    r => rows(r(Post).with('user').get(), p => row(p, { user: keyOf(p.user) }))],
  ['belongsTo: users with country (null key)', 'main',
    r => rows(r(User).with('country').get(), u => row(u, { country: keyOf(u.country) }))],

  // has one
  ['hasOne: users with phone', 'main',
    r => rows(r(User).with('phone').get(), u => row(u, { phone: keyOf(u.phone) }))],
  ['hasOne: users with phone, orderBy number desc', 'main',
    r => rows(r(User).with('phone', q => q.orderBy('number', 'desc')).get(),
      u => row(u, { phone: keyOf(u.phone) }))],

  // nested
  ['nested: users with posts with comments', 'main',
    r => rows(r(User).with('posts', q => q.with('comments')).get(),
      u => row(u, { posts: rows(u.posts, p => row(p, { comments: ids(p.comments) })) }))],
  ['nested: comments with post with user with country', 'main',
    r => rows(r(Comment).with('post', q => q.with('user', q2 => q2.with('country'))).get(),
      c => row(c, {
        post: c.post == null ? keyOf(c.post) : row(c.post, {
          user: c.post.user == null ? keyOf(c.post.user) : row(c.post.user, {
            country: keyOf(c.post.user.country),
          }),
        }),
      }))],

  // a relation to the same entity
  ['self: categories with children', 'main',
    r => rows(r(Category).with('children').get(), c => row(c, { children: ids(c.children) }))],
  ['self: root categories with children with children', 'main',
    r => rows(r(Category).where('parentSlug', null).with('children', q => q.with('children')).get(),
      c => row(c, { children: rows(c.children, k => row(k, { children: ids(k.children) })) }))],
  ['self: categories with parent', 'main',
    r => rows(r(Category).with('parent').get(), c => row(c, { parent: keyOf(c.parent) }))],

  // has many through
  ['hasManyThrough: countries with posts', 'main',
    r => rows(r(Country).with('posts').get(), c => row(c, { posts: ids(c.posts) }))],
  ['hasManyThrough: countries with one user each (Japan, Chile)', 'main',
    r => rows(r(Country).where('id', [2, 3]).with('posts').get(), c => row(c, { posts: ids(c.posts) }))],
  ['hasManyThrough: first user has no posts (Kiribati)', 'main',
    r => rows(r(Country).where('id', 5).with('posts').get(), c => row(c, { posts: ids(c.posts) }))],
  ['hasManyThrough: nested, posts with comments (Japan, Chile)', 'main',
    r => rows(r(Country).where('id', [2, 3]).with('posts', q => q.with('comments')).get(),
      c => row(c, { posts: rows(c.posts, p => row(p, { comments: ids(p.comments) })) }))],
  ['hasManyThrough: constrained, where + orderBy title (Japan, Chile)', 'main',
    r => rows(r(Country).where('id', [2, 3])
      .with('posts', q => q.where('title', t => t !== 'Cobol').orderBy('title')).get(),
    c => row(c, { posts: ids(c.posts) }))],
  ['hasManyThrough: has posts', 'main', r => ids(r(Country).has('posts').get())],
  ['hasManyThrough: doesntHave posts', 'main', r => ids(r(Country).doesntHave('posts').get())],

  // has many by
  ['hasManyBy: clusters with nodes (missing and repeated keys)', 'main',
    r => rows(r(Cluster).with('nodes').get(), c => row(c, { nodes: ids(c.nodes) }))],
  ['hasManyBy: with where', 'main',
    r => rows(r(Cluster).with('nodes', q => q.where('host', h => h !== 'n3')).get(),
      c => row(c, { nodes: ids(c.nodes) }))],
  ['hasManyBy: has nodes', 'main', r => ids(r(Cluster).has('nodes').get())],
  ['hasManyBy: doesntHave nodes', 'main', r => ids(r(Cluster).doesntHave('nodes').get())],
  ['hasManyBy: whereHas node n2', 'main',
    r => ids(r(Cluster).whereHas('nodes', q => q.where('host', 'n2')).get())],
  ['hasManyBy: orderBy host desc inside with', 'main',
    r => rows(r(Cluster).with('nodes', q => q.orderBy('host', 'desc')).get(),
      c => row(c, { nodes: ids(c.nodes) }))],
  ['hasManyBy: limit 1 inside with', 'main',
    r => rows(r(Cluster).with('nodes', q => q.limit(1)).get(), c => row(c, { nodes: ids(c.nodes) }))],
  ['hasManyBy: a null key list loads no nodes', 'nullIdList',
    r => rows(r(Cluster).with('nodes').get(), c => row(c, { nodes: ids(c.nodes) }))],

  // null keys
  ['null keys: hasMany on a null local key (regions with users)', 'main',
    r => rows(r(Region).with('users').get(), g => row(g, { users: ids(g.users) }))],
  ['null keys: hasOne on a null local key (regions with firstUser)', 'main',
    r => rows(r(Region).with('firstUser').get(), g => row(g, { firstUser: keyOf(g.firstUser) }))],
  ['null keys: hasManyThrough on a null local key (regions with posts)', 'main',
    r => rows(r(Region).with('posts').get(), g => row(g, { posts: ids(g.posts) }))],
  ['null keys: posts with category, a null key and the key "null"', 'main',
    r => rows(r(Post).with('category').get(), p => row(p, { category: keyOf(p.category) }))],

  // existence filters
  ['existence: users has posts', 'main', r => ids(r(User).has('posts').get())],
  ['existence: users doesntHave posts', 'main', r => ids(r(User).doesntHave('posts').get())],
  ['existence: users has phone (hasOne)', 'main', r => ids(r(User).has('phone').get())],
  ['existence: comments doesntHave post (belongsTo, null and missing keys)', 'main',
    r => ids(r(Comment).doesntHave('post').get())],
  ['existence: categories has children (self)', 'main', r => ids(r(Category).has('children').get())],
  ['existence: posts whereHas comments by author 1', 'main',
    r => ids(r(Post).whereHas('comments', q => q.where('authorId', 1)).get())],
  ['existence: posts whereDoesntHave comments by author 1', 'main',
    r => ids(r(Post).whereDoesntHave('comments', q => q.where('authorId', 1)).get())],
  ['existence: posts with 2 or more comments', 'main',
    r => ids(r(Post).has('comments', 2).get())],
  ['existence: whereHas with offset 1 inside', 'main',
    r => ids(r(Post).whereHas('comments', q => q.offset(1)).get())],

  // constrained eager loading
  ['constrained: posts with comments where author 1', 'main',
    r => rows(r(Post).with('comments', q => q.where('authorId', 1)).get(),
      p => row(p, { comments: ids(p.comments) }))],
  ['constrained: posts with comments orderBy createdAt desc', 'main',
    r => rows(r(Post).with('comments', q => q.orderBy('createdAt', 'desc')).get(),
      p => row(p, { comments: ids(p.comments) }))],
  ['constrained: posts with comments where author not null, orderBy createdAt desc', 'main',
    r => rows(r(Post)
      .with('comments', q => q.where('authorId', a => a !== null).orderBy('createdAt', 'desc')).get(),
    p => row(p, { comments: ids(p.comments) }))],
  ['constrained: posts with their 2 newest comments (limit inside with)', 'main',
    r => rows(r(Post).with('comments', q => q.orderBy('createdAt', 'desc').limit(2)).get(),
      p => row(p, { comments: ids(p.comments) }))],

  // the root query
  ['root: posts orderBy title desc, limit 3, with comments', 'main',
    r => rows(r(Post).orderBy('title', 'desc').limit(3).with('comments').get(),
      p => row(p, { comments: ids(p.comments) }))],
  ['root: users where countryId 1, limit 2', 'main',
    r => ids(r(User).where('countryId', 1).limit(2).get())],
  ['withAll: users', 'main',
    r => rows(r(User).withAll().get(), u => row(u, {
      phone: keyOf(u.phone), posts: ids(u.posts), country: keyOf(u.country),
    }))],
  ['order: nodes in insertion order', 'main', r => ids(r(Node).all())],
]

// ---- Where the two are expected to differ, and why (docs/PINIA-COMPARISON.md has the details) ----
//
// `right`: "Relata" where pinia-orm 1.10.2 breaks Relata's contract (/work/shared/DESIGN.md, issue 3)
// and is wrong by its own documentation; "both (different rules)" where each follows its own rule.
// `source`: pinia-orm's source at tag v1.10.2 (packages/pinia-orm/src/...), then the same code in the
// installed node_modules/pinia-orm/dist/index.mjs.

const BOTH = 'both (different rules)'

const EXPECTED_DIFFERENCES = {
  'hasManyThrough: countries with posts': {
    right: 'Relata',
    reason: 'HasManyThrough.match sets dictionary[key][0], the posts of the first user of a country ' +
      'only: France loses linus\'s and margaret\'s posts; a first user without posts leaves the ' +
      'relation undefined (Elbonia, Kiribati). DESIGN.md: results grouped by intermediate row, ' +
      'every intermediate row counts. Fixed upstream after 1.10.2 (commit 16950b02, in 2.0.0).',
    source: 'model/attributes/relations/HasManyThrough.ts:97-98, 106-110 (index.mjs:2619, 2625-2628)',
  },
  'hasManyThrough: first user has no posts (Kiribati)': {
    right: 'Relata',
    reason: 'The same dictionary[key][0]: barbara, Kiribati\'s first user, has no posts, so the ' +
      'relation is undefined and ken\'s post is lost.',
    source: 'model/attributes/relations/HasManyThrough.ts:97-98 (index.mjs:2619)',
  },
  'hasManyThrough: has posts': {
    right: 'Relata',
    reason: 'has() counts a relation that is neither an array nor null as one row, so Elbonia, ' +
      'whose only user has no posts (relation undefined, above), "has" posts.',
    source: 'query/Query.ts:440 with HasManyThrough.ts:98 (index.mjs:1005, 2619)',
  },
  'hasManyThrough: doesntHave posts': {
    right: 'Relata',
    reason: 'The same count of one for an undefined relation: doesntHave drops Elbonia.',
    source: 'query/Query.ts:440 with HasManyThrough.ts:98 (index.mjs:1005, 2619)',
  },
  'hasManyBy: orderBy host desc inside with': {
    right: 'Relata',
    reason: 'HasManyBy.match walks the owner\'s key list and drops the order of the constrained ' +
      'query. DESIGN.md: has-many-by results follow the id list "unless the constraint orders them".',
    source: 'model/attributes/relations/HasManyBy.ts:102-113, 129-139 (index.mjs:2370-2398)',
  },
  'hasManyBy: limit 1 inside with': {
    right: BOTH,
    reason: 'pinia-orm runs one related query for all clusters (keys in list order, deduplicated), ' +
      'so limit 1 keeps node 3 in all, and alpha, which lists 3 twice, shows it twice; Relata ' +
      'applies limit per parent, as DESIGN.md says of with-constraints.',
    source: 'query/Query.ts:666-686, 642 (index.mjs:1192-1198, 1172-1174)',
  },
  'hasManyBy: a null key list loads no nodes': {
    right: 'Relata',
    reason: 'HasManyBy.getEagerModelKeys spreads model[foreignKey] and throws a TypeError on null. ' +
      'Issue 3: "A null list loads an empty list"; DESIGN.md: a null key loads nothing, no error.',
    source: 'model/attributes/relations/HasManyBy.ts:93-97 (index.mjs:2362-2366)',
  },
  'null keys: hasMany on a null local key (regions with users)': {
    right: 'Relata',
    reason: 'whereIn(foreignKey, [2, null, 3]) keeps alan, whose countryId is null, and the ' +
      'dictionary key "null" gives him to the region whose countryId is null. DESIGN.md: a null ' +
      'key matches nothing.',
    source: 'model/attributes/relations/HasMany.ts:64-70, 75-84; query/Query.ts:607 ' +
      '(index.mjs:2264-2279, 1142)',
  },
  'null keys: hasOne on a null local key (regions with firstUser)': {
    right: 'Relata',
    reason: 'HasOne matches null with null the same way.',
    source: 'model/attributes/relations/HasOne.ts:64-70, 75-84 (index.mjs:2093-2108)',
  },
  'null keys: hasManyThrough on a null local key (regions with posts)': {
    right: 'Relata',
    reason: 'where(firstKey, [2, null, 3]) keeps alan, and the dictionary key "null" gives his post ' +
      'to the region without a country.',
    source: 'model/attributes/relations/HasManyThrough.ts:84-98 (index.mjs:2614-2619)',
  },
  'null keys: posts with category, a null key and the key "null"': {
    right: 'Relata',
    reason: 'BelongsTo.match reads dictionary[null], which JavaScript reads as dictionary["null"]: ' +
      'the category whose key is the word "null" (loaded for post 7) goes to post 5, which has no ' +
      'category.',
    source: 'model/attributes/relations/BelongsTo.ts:95-114 (index.mjs:2196-2211)',
  },
  'existence: whereHas with offset 1 inside': {
    right: BOTH,
    reason: 'whereHas loads the constrained relation with one query for all posts, so offset 1 ' +
      'skips one comment in all; Relata runs the refined query per parent ("at least 2 ' +
      'comments", README.md); pinia-orm\'s own way to say that is has(\'comments\', 2), ' +
      'the query before.',
    source: 'query/Query.ts:434-449, 666-686 (index.mjs:1000-1011, 1192-1198)',
  },
  'constrained: posts with their 2 newest comments (limit inside with)': {
    right: BOTH,
    reason: 'pinia-orm applies limit to the one related query for all posts: the 2 newest comments ' +
      'in all (on posts 11 and 4); DESIGN.md: limit holds for each parent on its own ("the 3 ' +
      'newest comments of every post").',
    source: 'query/Query.ts:666-686, 508-532, 642 (index.mjs:1192-1198, 1060-1080, 1172-1174)',
  },
  'order: nodes in insertion order': {
    right: BOTH,
    reason: 'pinia-orm keeps a table in a JavaScript object, whose integer keys list in ascending ' +
      'order: node 7, saved after node 10, comes first. DESIGN.md: all() lists rows in insertion ' +
      'order.',
    source: 'query/Query.ts:454-471 (index.mjs:1016-1030)',
  },
}

// ---- Running ----

function loadDatasets (datasets) {
  const pinias = {}
  for (const [name, tables] of Object.entries(datasets)) {
    const pinia = createPinia()
    createApp({}).use(pinia)
    pinia.use(createORM())
    setActivePinia(pinia)
    for (const [entity, records] of Object.entries(tables)) {
      const model = MODELS.find(m => m.entity === entity)
      if (!model) {
        throw new Error(`dataset ${name}: no model for the entity ${entity}`)
      }
      useRepo(model, pinia).save(records)
    }
    pinias[name] = pinia
  }
  return pinias
}

function runQueries (pinias) {
  const results = {}
  for (const [name, dataset, run] of QUERIES) {
    const pinia = pinias[dataset]
    if (!pinia) {
      throw new Error(`query "${name}": no dataset ${dataset}`)
    }
    setActivePinia(pinia)
    try {
      results[name] = run(model => useRepo(model, pinia))
    } catch (e) {
      results[name] = { error: String(e) }
    }
  }
  return results
}

// ---- Comparing ----

// JSON with sorted object keys, so that only values and list order count.
function canonical (value) {
  if (Array.isArray(value)) {
    return `[${value.map(canonical).join(',')}]`
  }
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value).sort().map(k => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`
  }
  return JSON.stringify(value)
}

const compact = value => JSON.stringify(value).replaceAll('"', "'")

// The two outputs of a difference; where both are lists of one length, only the entries that differ.
function describe (relata, pinia) {
  if (Array.isArray(relata) && Array.isArray(pinia) && relata.length === pinia.length &&
      relata.some(x => x !== null && typeof x === 'object')) {
    const lines = []
    relata.forEach((x, i) => {
      if (canonical(x) !== canonical(pinia[i])) {
        lines.push(`  [${i}] relata: ${compact(x)}`, `  [${i}] pinia:  ${compact(pinia[i])}`)
      }
    })
    return lines
  }
  return [`  relata: ${compact(relata)}`, `  pinia:  ${compact(pinia)}`]
}

function compare (relata, pinia) {
  const names = [...new Set([...Object.keys(relata), ...Object.keys(pinia)])]
  const table = ['| # | query | result | expected |', '|---|---|---|---|']
  const details = []
  const failures = []
  let same = 0
  names.forEach((name, i) => {
    const expected = EXPECTED_DIFFERENCES[name]
    let result
    if (!(name in relata) || !(name in pinia)) {
      result = `missing in ${name in relata ? 'pinia-orm' : 'Relata'}`
      failures.push(`${name}: ${result}`)
    } else if (canonical(relata[name]) === canonical(pinia[name])) {
      result = 'same'
      same++
      if (expected) {
        failures.push(`${name}: listed as an expected difference, but the results are the same`)
      }
    } else {
      result = 'different'
      if (!expected) {
        failures.push(`${name}: differs, and is not an expected difference`)
      }
      details.push(`${i + 1}. ${name}` +
        (expected ? ` (expected; right: ${expected.right})` : ' (NOT EXPECTED)'),
      ...describe(relata[name], pinia[name]),
      ...(expected ? [`  why: ${expected.reason}`, `  pinia-orm: ${expected.source}`] : []))
    }
    const note = expected ? `differs (right: ${expected.right})` : 'same'
    table.push(`| ${i + 1} | ${name.replaceAll('|', '\\|')} | ${result} | ${note} |`)
  })
  for (const name of Object.keys(EXPECTED_DIFFERENCES)) {
    if (!names.includes(name)) {
      failures.push(`${name}: listed as an expected difference, but no such query ran`)
    }
  }
  return { table, details, failures, same, different: names.length - same }
}

function main () {
  const [datasetFile, relataFile, piniaFile] = process.argv.slice(2)
  if (!datasetFile || !relataFile || !piniaFile) {
    console.error('usage: node compare.mjs <dataset.json> <relata-results.json> <pinia-results.json>')
    process.exit(2)
  }
  const datasets = JSON.parse(readFileSync(datasetFile, 'utf8'))
  const pinia = runQueries(loadDatasets(datasets))
  writeFileSync(piniaFile, JSON.stringify(pinia, null, 2) + '\n')
  const relata = JSON.parse(readFileSync(relataFile, 'utf8'))

  const version = name =>
    JSON.parse(readFileSync(new URL(`node_modules/${name}/package.json`, import.meta.url), 'utf8')).version
  console.log(`pinia-orm ${version('pinia-orm')}, pinia ${version('pinia')}, vue ${version('vue')}, ` +
    `node ${process.versions.node}`)
  console.log(`${QUERIES.length} queries; results: ${relataFile} (Relata), ${piniaFile} (pinia-orm)\n`)

  const { table, details, failures, same, different } = compare(relata, pinia)
  console.log(table.join('\n'))
  if (details.length > 0) {
    console.log('\nDifferences:\n')
    console.log(details.join('\n'))
  }
  console.log(`\n${same} same, ${different} different ` +
    `(${Object.keys(EXPECTED_DIFFERENCES).length} expected)`)
  if (failures.length > 0) {
    console.log('\nFAILED:\n' + failures.map(f => `- ${f}`).join('\n'))
    process.exit(1)
  }
  console.log('OK: every difference is an expected one.')
}

main()
