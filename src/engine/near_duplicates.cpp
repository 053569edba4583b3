#include "engine/near_duplicates.hpp"

#include <algorithm>
#include <array>
#include <limits>
#include <numeric>
#include <thread>

namespace claimcheck::engine {

namespace {

constexpr std::uint64_t fnv_offset = 1469598103934665603ull;
constexpr std::uint64_t fnv_prime = 1099511628211ull;

std::uint64_t mix(std::uint64_t x) {  // splitmix64 finalizer
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

// A word's bytes as hashed: ASCII letters case-folded, digits and non-ASCII bytes as they are; 0
// for punctuation and spaces, which are not part of words.
struct word_bytes {
    std::array<unsigned char, 256> fold{};
    word_bytes() {
        for (int c = 0; c < 256; ++c) {
            bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
            if (word) fold[c] = static_cast<unsigned char>((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c);
        }
    }
};
word_bytes const word_table;

int find_root(std::vector<std::uint32_t>& parent, std::uint32_t x) {
    while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    return static_cast<int>(x);
}

// Sorts (hash, index) pairs like std::sort, in about two passes: the hashes are uniform, so one
// counting pass on their top bits leaves buckets of a few pairs each, finished by insertion sort.
// This is most of the near-duplicate grouping, which runs after the threaded pipeline.
void sort_keys(std::vector<std::pair<std::uint64_t, std::uint32_t>>& keys,
               std::vector<std::pair<std::uint64_t, std::uint32_t>>& scratch, std::vector<std::uint32_t>& counts) {
    std::size_t const n = keys.size();
    if (n < 64) {
        std::sort(keys.begin(), keys.end());
        return;
    }
    unsigned bits = 1;
    while ((std::size_t{1} << bits) < n && bits < 20) ++bits;
    unsigned const shift = 64 - bits;
    counts.assign((std::size_t{1} << bits) + 1, 0);
    for (auto const& k : keys) ++counts[(k.first >> shift) + 1];
    for (std::size_t b = 1; b < counts.size(); ++b) counts[b] += counts[b - 1];
    scratch.resize(n);
    for (auto const& k : keys) scratch[counts[k.first >> shift]++] = k;
    // counts[b] is now the end of bucket b; each bucket is sorted in place
    std::size_t begin = 0;
    for (std::size_t b = 0; b + 1 < counts.size(); ++b) {
        std::size_t end = counts[b];
        for (std::size_t i = begin + 1; i < end; ++i) {
            auto v = scratch[i];
            std::size_t j = i;
            for (; j > begin && v < scratch[j - 1]; --j) scratch[j] = scratch[j - 1];
            scratch[j] = v;
        }
        begin = end;
    }
    keys.swap(scratch);
}

}  // namespace

signature minhash_signature(std::string_view text, unsigned shingle_words) {
    thread_local std::vector<std::uint64_t> words;  // reused: one signature per article
    words.clear();
    auto const* p = reinterpret_cast<unsigned char const*>(text.data());
    std::size_t const n = text.size();
    for (std::size_t i = 0; i < n;) {
        if (!word_table.fold[p[i]]) {
            ++i;
            continue;
        }
        std::uint64_t h = fnv_offset;
        for (unsigned char c; i < n && (c = word_table.fold[p[i]]) != 0; ++i) h = (h ^ c) * fnv_prime;
        words.push_back(h);
    }
    // One-permutation hashing: each shingle is hashed once and kept in one of the signature's
    // bins (the hash's top bits choose it) if it is the bin's smallest; bins of equal articles
    // agree, and the share of agreeing bins estimates the Jaccard similarity of the shingle sets.
    signature sig;
    sig.fill(std::numeric_limits<std::uint32_t>::max());
    if (words.empty()) return sig;
    std::size_t k = std::max<std::size_t>(1, std::min<std::size_t>(shingle_words, words.size()));
    // A shingle's hash is a polynomial in its words' hashes, rolled along the text (one multiply
    // and add a word), then mixed once.
    constexpr std::uint64_t base = 0x100000001B3ull;
    std::uint64_t drop = 1;  // base^(k-1): the weight of the word that leaves the window
    for (std::size_t j = 1; j < k; ++j) drop *= base;
    std::uint64_t rolling = 0;
    for (std::size_t j = 0; j + 1 < k; ++j) rolling = rolling * base + words[j];
    for (std::size_t i = 0; i + k <= words.size(); ++i) {
        rolling = rolling * base + words[i + k - 1];
        std::uint64_t h = mix(rolling);
        rolling -= words[i] * drop;
        std::size_t bin = static_cast<std::size_t>(h >> 59) % signature_size;  // 32 bins: the top 5 bits
        auto value = static_cast<std::uint32_t>(h >> 16) & 0x7FFFFFFFu;  // never the empty marker
        sig[bin] = std::min(sig[bin], value);
    }
    return sig;
}

double estimated_jaccard(signature const& a, signature const& b) {
    constexpr std::uint32_t empty = std::numeric_limits<std::uint32_t>::max();
    std::size_t same = 0, used = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i] == empty && b[i] == empty) continue;  // a bin neither text filled says nothing
        ++used;
        same += a[i] == b[i];
    }
    return used ? static_cast<double>(same) / static_cast<double>(used) : 0;
}

std::vector<std::uint32_t> group_near_duplicates(std::size_t articles,
                                                 std::vector<std::pair<std::uint32_t, signature>> const& signatures,
                                                 double threshold) {
    std::size_t n = articles;
    std::vector<std::uint32_t> parent(n);
    std::iota(parent.begin(), parent.end(), 0u);
    // 16 bands of 2 rows: pairs with Jaccard 0.5 collide in some band with probability ~0.99.
    constexpr std::size_t rows = 2, bands = signature_size / rows;
    // Bands are independent: each thread sorts its bands' keys and lists the pairs of similar
    // articles it finds; the pairs are joined afterwards (the groups do not depend on the order).
    unsigned threads = std::clamp(std::thread::hardware_concurrency(), 1u, 4u);
    std::vector<std::vector<std::pair<std::uint32_t, std::uint32_t>>> similar(threads);
    auto work = [&](unsigned t) {
        std::vector<std::pair<std::uint64_t, std::uint32_t>> keys;  // (band hash, signature), sorted
        std::vector<std::pair<std::uint64_t, std::uint32_t>> scratch;
        std::vector<std::uint32_t> counts;
        keys.reserve(signatures.size());
        for (std::size_t b = t; b < bands; b += threads) {
            keys.clear();
            for (std::uint32_t k = 0; k < signatures.size(); ++k) {
                std::uint64_t h = b;
                for (std::size_t r = 0; r < rows; ++r) h = mix(h ^ signatures[k].second[b * rows + r]);
                keys.push_back({h, k});
            }
            sort_keys(keys, scratch, counts);
            for (std::size_t first = 0; first < keys.size();) {
                std::size_t last = first + 1;
                while (last < keys.size() && keys[last].first == keys[first].first) ++last;
                // Compare each member with the first few of the bucket only: a huge bucket means
                // boilerplate, and the first members are representative.
                std::size_t limit = std::min<std::size_t>(last - first, 64);
                for (std::size_t x = first + 1; x < last; ++x)
                    for (std::size_t y = first; y < std::min(x, first + limit); ++y) {
                        auto const& sa = signatures[keys[x].second];
                        auto const& sc = signatures[keys[y].second];
                        if (estimated_jaccard(sa.second, sc.second) >= threshold)
                            similar[t].push_back({sa.first, sc.first});
                    }
                first = last;
            }
        }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work, t);
    work(0);
    for (auto& th : pool) th.join();
    for (auto const& pairs : similar)
        for (auto [a, c] : pairs) {
            auto ra = find_root(parent, a), rb = find_root(parent, c);
            if (ra != rb) parent[static_cast<std::size_t>(std::max(ra, rb))] = static_cast<std::uint32_t>(std::min(ra, rb));
        }
    std::vector<std::uint32_t> group(n);
    for (std::size_t i = 0; i < n; ++i) group[i] = static_cast<std::uint32_t>(find_root(parent, static_cast<std::uint32_t>(i)));
    return group;
}

}  // namespace claimcheck::engine
