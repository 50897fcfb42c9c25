// The engine's open-addressing tables against plain reference models: the label-join cache (FIFO
// eviction at its capacity, fingerprinted slots, backward-shift deletion) and the bounded dedupe set.
#include "metrics/HashTables.h"

#include <QTest>

#include <deque>
#include <unordered_map>
#include <unordered_set>

using namespace assurance;

class TestHashTables : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void labelCacheMatchesFifoModel_data();
    void labelCacheMatchesFifoModel();
    void labelCacheKeepsFirstEntry();
    void boundedSetStopsGrowing();
};

void TestHashTables::labelCacheMatchesFifoModel_data() {
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("keySpace");
    QTest::addColumn<bool>("sameFingerprint");
    QTest::newRow("no eviction") << 5000 << 3000 << false;
    QTest::newRow("eviction, many hits") << 700 << 2000 << false;
    QTest::newRow("eviction, large") << 20000 << 60000 << false;
    // Every key shares its upper 32 bits: fingerprints never tell keys apart, only the ring does.
    QTest::newRow("equal fingerprints") << 900 << 3000 << true;
}

void TestHashTables::labelCacheMatchesFifoModel() {
    QFETCH(int, capacity);
    QFETCH(int, keySpace);
    QFETCH(bool, sameFingerprint);
    LabelJoinCache cache(static_cast<std::size_t>(capacity));
    std::deque<std::uint64_t> fifo; // insertion order of the keys the model holds
    std::unordered_map<std::uint64_t, std::int64_t> model;
    std::uint64_t rng = 12345;
    auto key = [&](std::uint64_t k) { return sameFingerprint ? (0xabcdef00ULL << 32) | k : mix64(k + 1); };
    for (int step = 0; step < 200'000; ++step) {
        rng = mix64(rng);
        const std::uint64_t k = key(rng % static_cast<std::uint64_t>(keySpace));
        if (rng & 1) {
            LabelJoinCache::Entry *e = cache.insert(k, step, true, 0.5, false);
            QVERIFY(e);
            QCOMPARE(e->key, k);
            if (!model.count(k)) {
                if (fifo.size() == static_cast<std::size_t>(capacity)) {
                    model.erase(fifo.front());
                    fifo.pop_front();
                }
                fifo.push_back(k);
                model[k] = step;
            }
            QCOMPARE(e->tsMs, model[k]);
        } else {
            const LabelJoinCache::Entry *e = cache.find(k);
            QCOMPARE(e != nullptr, model.count(k) == 1);
            if (e)
                QCOMPARE(e->tsMs, model[k]);
        }
        QCOMPARE(cache.size(), model.size());
    }
    for (const auto &[k, ts] : model) { // nothing lost in any rehash or deletion
        const auto *e = cache.find(k);
        QVERIFY(e);
        QCOMPARE(e->tsMs, ts);
    }
}

void TestHashTables::labelCacheKeepsFirstEntry() {
    LabelJoinCache cache(10);
    cache.insert(42, 1, true, 0.25, false)->labelled = true;
    const auto *again = cache.insert(42, 2, false, 0.75, false);
    QCOMPARE(again->tsMs, std::int64_t(1)); // inserting a known key returns the entry as it is
    QCOMPARE(again->prediction, 0.25);
    QVERIFY(again->labelled);
    QCOMPARE(cache.size(), std::size_t(1));
    QVERIFY(cache.find(0) == nullptr);
    QVERIFY(cache.insert(0, 3, true, 1.0, false)); // key 0 is stored as 1 (0 marks an empty slot)
    QVERIFY(cache.find(0) != nullptr);
}

void TestHashTables::boundedSetStopsGrowing() {
    BoundedHashSet set(1000);
    std::unordered_set<std::uint64_t> model;
    for (std::uint64_t i = 0; i < 5000; ++i) {
        const std::uint64_t k = mix64(i % 1500);
        const bool isNew = set.insert(k);
        if (model.size() < 1000 || model.count(k))
            QCOMPARE(isNew, model.insert(k).second);
        else
            QVERIFY(isNew); // full: unknown keys are not remembered, so they count as new
    }
    QCOMPARE(set.size(), std::size_t(1000));
    QVERIFY(set.saturated());
}

QTEST_GUILESS_MAIN(TestHashTables)
#include "tst_hash_tables.moc"
