#include "output/rule_docs.hpp"

#include <array>

namespace claimcheck::output {

namespace {

constexpr std::array<rule_doc, 8> table{{
    {"event-date", "EventDate",
     "Claims about an event that happens once must agree on its date.",
     "A founding or the establishment of relations happens once: every claim dating it (an "
     "anniversary, a dated mention, an elapsed time) must leave one date possible. The claims that "
     "contradict the largest agreeing set of sources (or the --facts) are conflicts; the agreeing "
     "set, when independent sources make it, is a corroboration.",
     "Claims about an event that happens once (a founding, relations established) must leave one "
     "date possible.\n\n"
     "- **conflict**: the claim contradicts the date most sources (or the facts) agree on; check "
     "the arithmetic of the anniversary or the year it names.\n"
     "- **corroboration**: independent sources agree on the date.\n\n"
     "Near-duplicate (syndicated) articles count as one source.",
     "error"},
    {"gap-occurrence", "GapOccurrence",
     "'The first X in N years' must not be contradicted by a dated X inside the gap.",
     "A claim such as 'their first talks in six years' or 'the first visit since 2019' says that "
     "no occurrence of the event happened in the gap it names. A dated occurrence inside the gap "
     "is a conflict; one at the start of the gap corroborates the claim (compatible when it agrees "
     "only within the tolerance of a hedge such as 'about two years').",
     "'The first X in N years' and 'the first X since D' say that no X happened in the gap.\n\n"
     "- **conflict**: another claim dates an X inside the gap.\n"
     "- **compatible**: they agree only within a hedge's tolerance ('about ten years' against a "
     "gap of twelve).\n"
     "- **corroboration**: an X dated at the start of the gap.",
     "error"},
    {"gap-agreement", "GapAgreement",
     "Two 'first X in N years' claims about the same occurrence must date the previous one alike.",
     "Two claims about the same occurrence of an event ('their first talks in three years', "
     "'their first talks in six years', written about the same meeting) each put the previous "
     "occurrence in an interval; the intervals must overlap.",
     "Two claims about the same occurrence ('the first talks in three years' and 'the first talks "
     "in six years', about one meeting) must put the previous occurrence at the same time.\n\n"
     "- **conflict**: their intervals for the previous occurrence do not overlap.\n"
     "- **corroboration**: independent sources agree.",
     "error"},
    {"occurrence-agreement", "OccurrenceAgreement",
     "Independent articles that date the same occurrence of a repeated event.",
     "Articles from independent sources that date the same occurrence of a repeated event (a "
     "visit, a meeting) corroborate each other. This rule reports agreement only.",
     "Independent sources that date the same occurrence of a repeated event (a visit, a meeting) "
     "corroborate each other. Informational: this rule never reports a conflict.",
     "note"},
    {"single-source", "SingleSource",
     "An event only one source speaks of: nothing to compare.",
     "Every claim about this event comes from one source (an article and its near-duplicates), so "
     "it cannot be cross-checked. Informational; shown with --explain.",
     "Every claim about this event comes from one source, so there is nothing to compare it "
     "with. Informational (shown with `--explain`); add `--facts` to check it against a "
     "reference.",
     "note"},
    {"event-unresolved", "EventUnresolved",
     "A claim whose event could not be worked out.",
     "The claim dates something, but its event could not be resolved to a key from the gazetteer, "
     "people, roles and event types in the rules folder, so it is not checked. Informational; "
     "shown with --explain.",
     "The claim dates something, but which event it is about could not be worked out from the "
     "rules (`rules/`), so it is not checked. Informational (shown with `--explain`); an entry "
     "in `--overrides` can name its event.",
     "note"},
    {"invalid-suppression", "InvalidSuppression",
     "A suppression directive that cannot be used: unknown rule id, no reason, unknown keyword.",
     "A 'claimcheck-disable-next-line RULE-ID -- reason' comment in an article, or an entry of a "
     "suppressions.yaml sidecar, names a rule claimcheck does not have, gives no reason, or is "
     "not a directive claimcheck knows. It suppresses nothing.",
     "A suppression (`<!-- claimcheck-disable-next-line RULE-ID -- reason -->` in an article, or "
     "an entry of `suppressions.yaml`) that cannot be used: the rule id is unknown, the reason is "
     "missing, or the keyword is not `claimcheck-disable-next-line`. It suppresses nothing; fix "
     "or remove it.",
     "warning"},
    {"unused-suppression", "UnusedSuppression",
     "A suppression that suppresses no finding.",
     "A suppression comment or suppressions.yaml entry matched no finding of its rule: the claim "
     "it was written for changed, moved or no longer conflicts. Remove it, so that it does not "
     "hide a future finding.",
     "A suppression that matched no finding of its rule (the claim changed, moved, or no longer "
     "conflicts). Remove it, so that it cannot hide a later finding.",
     "warning"},
}};

}  // namespace

std::span<rule_doc const> rule_docs() { return table; }

rule_doc const* find_rule_doc(std::string_view id) {
    for (auto const& r : table)
        if (r.id == id) return &r;
    return nullptr;
}

int rule_index(std::string_view id) {
    for (std::size_t i = 0; i < table.size(); ++i)
        if (table[i].id == id) return static_cast<int>(i);
    return -1;
}

}  // namespace claimcheck::output
