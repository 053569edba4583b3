// The review store inside `claimcheck check`: two calls in check_command.cpp, everything else here.
//
//   begin_check  before the run: opens the store (--db, else the default one beside the corpus when
//                it exists; check never creates one) and turns its event links into overrides, the
//                same entries --overrides files give ("is about KEY": event KEY; "is not about
//                KEY": event none, only while the claim resolves to KEY).
//   annotate     after the checks: each finding's status, reason, note and reviewer onto the report
//                (false-alarm and resolved then accept the finding, in the bucket `reviewed`, unless a
//                suppression or the baseline accepted it first: output::acceptance), the reviews whose findings no longer occur as stale, and what this
//                run found recorded in the store (for fingerprint prefixes, stale marks and exports).
#pragma once

#include "engine/corrections.hpp"
#include "output/findings.hpp"
#include "review/store.hpp"

#include <optional>
#include <string>
#include <vector>

namespace claimcheck::review {

struct check_session {
    std::optional<store> db;
};

// False (the error printed on stderr) when an explicit --db cannot be opened or a default store
// exists but cannot be read.
bool begin_check(std::string const& db_option, std::vector<std::string> const& corpus_paths,
                 std::vector<engine::override_entry>& overrides, check_session& session);

// The store's event links as override entries (where: "PATH: link ...").
std::vector<engine::override_entry> link_overrides(store const& db);

// Does nothing without a store. Failing to record the run is a warning, not an error.
void annotate(check_session& session, output::check_report& report);

}  // namespace claimcheck::review
