// Claim kind `dated_event`: a time mention placing what the sentence reports: "In October 2015,
// Liu Yunshan held talks", "on Sept. 15, when it fired a missile", "two months ago".
#pragma once

#include "ast.hpp"
#include "config.hpp"

namespace claimcheck::grammar {

namespace x3 = boost::spirit::x3;

namespace rules {
struct dated_event_class;

using dated_event_type = x3::rule<dated_event_class, ast::dated_event>;

BOOST_SPIRIT_DECLARE(dated_event_type)
}  // namespace rules

rules::dated_event_type const& dated_event();  // Claim kind `dated_event`: a time mention placing what the sentence reports: "In October 2015,
// Liu Yunshan held talks", "on Sept. 15, when it fired a missile", "two months ago".

}  // namespace claimcheck::grammar
