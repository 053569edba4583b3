// Baseline files: findings a team has accepted, each with a reason, so that `check --baseline`
// does not fail on them. Written by `claimcheck baseline create|update|prune`.
//
//   # claimcheck baseline: accepted findings ...
//   version: 1
//   findings:
//     - fingerprint: "3f0c..."            # claimcheck/v1, the key
//       rule: "event-date"
//       kind: "conflict"
//       event: "founding(North Korea)"
//       message: "dprk-founded-1949-wrong (2019-09-09) says ..."   # shortened, for people
//       articles: ["dprk-founded-1949-wrong", "dprk-70th-founding"]
//       reason: "the 1949 date is the paper's, we quote it"
//       added: "2025-01-31"               # only with --date
//
// A file whose name ends in .json holds the same as JSON. Entries are sorted by fingerprint and
// nothing depends on the clock, so the same findings give the same bytes.
#pragma once

#include <string>
#include <vector>

namespace claimcheck::accept {

struct baseline_entry {
    std::string fingerprint, rule, kind, event, message;
    std::vector<std::string> articles;
    std::string reason;
    std::string added;      // YYYY-MM-DD, or empty
    std::size_t line = 0;   // where it was read (0: new)
};

struct baseline {
    std::string path;
    std::vector<baseline_entry> entries;
};

// Throws file_error (path:line: message) when unreadable or malformed: not a map with `version: 1`
// and a `findings` list, an entry without a fingerprint, an unknown key, a duplicate fingerprint.
baseline load_baseline(std::string const& path);

// The file's text: YAML, or JSON when `json`; entries sorted by fingerprint.
std::string render_baseline(std::vector<baseline_entry> entries, bool json);

// Whether a baseline path is written as JSON (its name ends in .json).
bool baseline_is_json(std::string const& path);

}  // namespace claimcheck::accept
