// Findings for CI systems: SARIF 2.1.0 (GitHub code scanning), JUnit XML (GitLab, Jenkins),
// GitHub Actions workflow commands, and a Markdown report for a job summary or a PR comment.
// All are deterministic: the same report gives the same bytes.
#pragma once

#include "output/findings.hpp"

#include <cstdio>
#include <string>

namespace claimcheck::output {

// One run, tool.driver with every rule of rule_docs.hpp, one result per conflict (level error)
// and compatible finding (warning); with `explain` also the corroborations (kind "pass") and the
// informational findings (kind "informational"), both level "none".
// Locations: the subject claim, relative to the working directory when under it (uriBaseId
// %SRCROOT%), lines and code-point columns (columnKind unicodeCodePoints); the other claims as
// relatedLocations. partialFingerprints["claimcheck/v1"].
void write_findings_sarif(check_report const& r, std::FILE* out);

// <testsuites><testsuite name="claimcheck"> with one <testcase> per article (name: the article
// id, made unique with its path when two share one; classname "claimcheck"), a <failure> listing
// its conflicts (and compatible findings with fail_on "warning"), an <error> per input error.
void write_findings_junit(check_report const& r, std::FILE* out);

// ::error file=PATH,line=L,col=C,endLine=..,endColumn=..,title=...::message, one per conflict
// (warning for compatible; notice for the rest with `explain`), properties and data escaped as
// GitHub documents.
void write_findings_github(check_report const& r, std::FILE* out);

// A heading, the counts, the conflicts and compatible findings (then corroborations) as a list,
// cut with "… and N more" so the whole stays under markdown_limit bytes.
// markdown_style::report (claimcheck report -o FILE.md): the headline table, the conflicts and
// near misses with their quoted sentences and the arithmetic in plain words, then a collapsible
// <details> per event, and a footer (version, rules, command); cut the same way.
inline constexpr std::size_t markdown_limit = 65536;
enum class markdown_style { summary, report };
void write_findings_markdown(check_report const& r, std::FILE* out, markdown_style style = markdown_style::summary);

// Helpers the renderers share, exposed for tests.
// XML 1.0 escaping; `attribute`: also quotes and line breaks (as character references). Control
// characters XML cannot hold become U+FFFD.
std::string xml_escape(std::string_view s, bool attribute = true);
std::string github_escape_data(std::string_view s);
std::string github_escape_property(std::string_view s);
// A path as a relative URI reference ('/'-separated, percent-encoded) when it lies under the
// working directory, else a file:// URI; `relative` tells which.
std::string path_to_uri(std::string const& path, bool& relative);

}  // namespace claimcheck::output
