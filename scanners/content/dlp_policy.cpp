#include "scanners/content/dlp_policy.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <map>
#include <set>

#include "engine/text_util.h"
#include "scanners/content/dlp_context.h"
#include "scanners/content/text_model/model_judgement.h"
#include "scanners/content/validators/validators.h"

namespace aup {

bool isWeakDlpFinding(std::string_view rule) {
  return rule == "learner-data-attachment" || rule == "marker-with-personal-data" || rule == "named-learner-with-special-category";
}

namespace {

CalendarDate todayUtc() {
  auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&now, &tm);
  return {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

}  // namespace

int currentYear() { return todayUtc().year; }

CalendarDate messageSentDate(const MessageView& message) {
  if (auto header = message.header("Date"))
    if (auto d = parseMailDate(*header)) return *d;
  return todayUtc();
}

std::optional<std::string> validIdentifier(const std::string& tag, std::string_view text, const RuleMatch& m, int year) {
  for (std::size_t end : m.ends) {
    std::string_view token = text.substr(m.start, end - m.start);
    bool ok = false;
    if (tag == "uln") ok = isValidUln(token);
    else if (tag == "upn") ok = isValidUpn(token);
    else if (tag == "nhs") ok = isValidNhsNumber(token);
    else if (tag == "nino") ok = isValidNino(token);
    else if (tag == "card") ok = isValidCard(token);
    else if (tag == "sortcode") ok = checkSortCodeAccount(token) != SortCodeCheck::Invalid;
    else if (tag == "dob") ok = parseUkDate(token, year).has_value();
    else if (tag == "passport") ok = isValidPassport(token);
    else if (tag == "licence") ok = isValidDrivingLicence(token);
    else ok = tag == "phone" || tag == "postcode";  // the pattern is the check (tags checked at load)
    if (ok) return std::string(token);
  }
  return std::nullopt;
}

namespace {

std::string label(const std::string& tag) {
  static const std::map<std::string, std::string> kLabels = {
      {"uln", "ULN"}, {"upn", "UPN"}, {"nhs", "NHS number"}, {"nino", "NI number"}, {"card", "card"},
      {"sortcode", "sort code/account"}, {"dob", "DOB"}, {"phone", "phone"}, {"postcode", "postcode"},
      {"passport", "passport"}, {"licence", "driving licence"}};
  auto it = kLabels.find(tag);
  return it == kLabels.end() ? tag : it->second;
}


struct Hit {  // one validated identifier or personal-data item
  std::string tag;       // uln, nhs, card, dob, phone ...
  std::string value;     // normalised value (dedup key; never leaves this file unmasked)
  std::string masked;    // "ULN 10******43"
  std::string location;  // "part 1 line 3"
  std::string description;
  double confidence = 0;
  const TextSegment* segment = nullptr;
  std::size_t offset = 0;  // where in MessageText::text
};

struct Positioned {
  std::string tag;
  std::size_t start, end;
};

std::string maskValue(const std::string& tag, const std::string& token) {
  if (tag == "dob") {  // keep the year only: "**/**/2010", "2010-**-**", "* March 2010"
    std::string out = token;
    bool iso = token.size() > 4 && token[4] == '-';
    std::size_t lastSeparator = token.find_last_not_of("0123456789");
    for (std::size_t i = 0; i < out.size(); ++i)
      if (std::isdigit(static_cast<unsigned char>(out[i])) && (iso ? i > 4 : i <= lastSeparator)) out[i] = '*';
    return label(tag) + " " + out;
  }
  return label(tag) + " " + maskIdentifier(tag, token);
}

class Evaluation {
 public:
  Evaluation(const ContentInput& in, const DlpSettings& s) : in_(in), s_(s), text_(in.text.text) {}

  void collect() {
    for (const auto& m : in_.matches) {
      const Rule& rule = in_.rules.rules()[m.rule];
      if (rule.policy != "dlp-unencrypted") continue;
      if (rule.kind == RuleKind::Keyword) keywords_[rule.tag].push_back({rule.tag, m.start, m.end()});
      else if (rule.kind == RuleKind::Disclaimer) disclaimers_.push_back(paragraphAround(m.start, m.end()));
      else if (rule.kind == RuleKind::Marker) markers_.push_back({rule.tag, m.start, m.end()});
      else if (rule.tag == "sortcode-part" || rule.tag == "account-part") parts_[rule.tag].push_back({rule.tag, m.start, m.end()});
      else candidates_.push_back(&m);
    }
    for (const RuleMatch* m : candidates_) validate(*m);
    pairBankDetails();
  }

  void decide(ScanOutcome& outcome) const {
    std::map<std::string, std::vector<const Hit*>> strong;
    std::vector<const Hit*> medium, personal;
    std::map<const TextSegment*, std::size_t> perTable;
    for (const auto& [key, h] : hits_) {
      bool identifier = h.tag != "dob" && h.tag != "phone" && h.tag != "postcode";
      if (identifier && h.confidence >= s_.minConfidence) strong[h.tag].push_back(&h);
      if (identifier && h.confidence >= s_.mediumConfidence) medium.push_back(&h);
      if (identifier && h.segment && h.segment->tabular) ++perTable[h.segment];
      if (!identifier || h.confidence >= s_.mediumConfidence) personal.push_back(&h);
    }
    for (const auto& [tag, list] : strong) report(outcome, tag, list, list.front()->description);
    const bool mediumReported = strong.empty() && medium.size() >= s_.mediumCount;
    if (mediumReported)
      report(outcome, "identifiers", medium, "Several personal identifiers (learner, health or national numbers).");
    for (const auto& [seg, n] : perTable)
      if (strong.empty() && n >= s_.tabularCount)
        report(outcome, "spreadsheet", {}, "A spreadsheet of personal identifiers (" + seg->where + ", " + std::to_string(n) + " rows).");
    for (const auto& [seg, table] : tables_) {
      for (const auto& [tag, counts] : table) {
        // XXX threshold: 4 named rows whose numbers nearly all pass a check digit. One random
        // number passes a mod-11 check 1 time in 11, so 4 named passes at >= 80% of the list
        // are ~1e-4 likely by chance (docs/rules.md).
        // Without names, a longer list: 5 numbers that all but pass a check digit are a record
        // list in any layout (a "duplicates" list, one number a line), ~(1/11)^5 likely by chance.
        // NI numbers have no check digit: they count only with a name beside each.
        bool named = counts.namedValid >= kTableRows;
        bool unnamed = kCheckDigit.count(tag) && counts.valid >= kUnnamedRows && !mediumReported;  // said once
        if (!strong.empty() || !(named || unnamed) || counts.valid * 5 < counts.candidates * 4) continue;
        report(outcome, "identifier-table", {},
               "A list of people with " + label(tag) + "s (" + seg->where + ", " + std::to_string(counts.namedValid) + " rows).");
        break;
      }
    }
    if (strong.empty() && (namedBirthDates_.size() >= 3 || (namedBirthDates_.size() >= 2 && keywords_.count("dob"))))
      report(outcome, "names-with-dates-of-birth", namedBirthHits(),
             "Several people's names with their dates of birth (" + std::to_string(namedBirthDates_.size()) + ").");
    std::size_t healthRows = namedHealthRows();
    if (strong.empty() && healthRows >= kHealthRows)
      report(outcome, "names-with-health-details", {},
             "Several people's names with their health, SEN or learner-status details (" + std::to_string(healthRows) + " rows).");
    if (strong.empty() && healthRows < kHealthRows && namedBirthDates_.size() < 2 && namedDobWithKeyword() &&
        keywords_.count("health"))
      report(outcome, "person-with-health-details", namedBirthHits(),
             "A named person's date of birth together with health, SEN or safeguarding details.");
    if (strong.empty() && healthRows < kHealthRows && namedBirthDates_.size() < 2 && !namedDobWithKeyword()) {
      if (auto learner = namedLearner(); learner && distinctDetails() >= 2)
        report(outcome, "named-learner-with-special-category", {},
               "A named pupil's health, SEN or welfare details (" + in_.text.locate(*learner) + ").");
    }
    if (strong.empty() && healthRows < kHealthRows)
      if (auto home = homeWithPhone())
        report(outcome, "home-address-with-phone", {},
               "A person's home address and phone number (" + in_.text.locate(*home) + ").");
    auto marker = liveMarker("");
    if (marker && strong.empty() && hasPersonalData(personal)) {
      report(outcome, "marker-with-personal-data", personal,
             "Confidential material (\"" + phrase(*marker) + "\") together with personal details.");
    }
    auto learnerMarker = liveMarker("learner");
    // A marking about a named learner ("EHCP review - Amy B") or a document that itself holds
    // personal data; a topic word ("our Child Protection Policy") beside a document is not a leak.
    if (learnerMarker && strong.empty() && carriesDocument() && (documentHoldsPersonalData() || namesPerson(*learnerMarker))) {
      report(outcome, "learner-data-attachment", {},
             "Learner data (\"" + phrase(*learnerMarker) + "\") sent as an unencrypted document.");
      Finding& f = outcome.findings.back();
      f.location = in_.text.locate(learnerMarker->start);
      f.evidence = "\"" + phrase(*learnerMarker) + "\" (" + f.location + ") with " + documentNames();
    }
  }

 private:
  // The paragraph (between blank lines) around a match, at most kReach characters either side.
  std::pair<std::size_t, std::size_t> paragraphAround(std::size_t start, std::size_t end) const {
    constexpr std::size_t kReach = 2000;  // disclaimers are short; bounds the search on huge paragraphs
    std::size_t lo = start > kReach ? start - kReach : 0, hi = std::min(text_.size(), end + kReach);
    std::string_view before = std::string_view(text_).substr(lo, start - lo);
    std::string_view after = std::string_view(text_).substr(end, hi - end);
    auto b = before.rfind("\n\n");
    auto e = after.find("\n\n");
    return {b == std::string_view::npos ? lo : lo + b, e == std::string_view::npos ? hi : end + e};
  }

  // A keyword of `tag` within `window` characters of the match, in the same segment (matches
  // arrive ordered by start, so each tag's list is sorted and searched by bisection).
  bool near(const std::string& tag, const RuleMatch& m, std::size_t window, const TextSegment* seg) const {
    auto it = keywords_.find(tag);
    if (it == keywords_.end()) return false;
    const auto& list = it->second;
    constexpr std::size_t kLongestKeyword = 200;
    std::size_t from = std::max(seg->begin, m.start > window + kLongestKeyword ? m.start - window - kLongestKeyword : 0);
    auto k = std::lower_bound(list.begin(), list.end(), from, [](const Positioned& p, std::size_t o) { return p.start < o; });
    for (; k != list.end() && k->start <= m.end() + window && k->end <= seg->end; ++k) {
      std::size_t gap = k->start > m.end() ? k->start - m.end() : (m.start > k->end ? m.start - k->end : 0);
      if (gap <= window) return true;
    }
    if (!seg->tabular) return false;
    // A table's header row labels every row below it.
    std::size_t headerEnd = std::min(seg->end, text_.find('\n', seg->begin));
    k = std::lower_bound(list.begin(), list.end(), seg->begin, [](const Positioned& p, std::size_t o) { return p.start < o; });
    return k != list.end() && k->start < headerEnd;
  }

  void validate(const RuleMatch& m) {
    const Rule& rule = in_.rules.rules()[m.rule];
    const TextSegment* seg = in_.text.segmentAt(m.start);
    if (!seg) return;
    countTableCandidate(rule.tag, m, seg);
    auto token = validIdentifier(rule.tag, text_, m, year_);
    if (!token) return;
    if (rule.tag == "dob") noteBirthDate(*token, m, seg);
    if (labelledAsTheOtherTenDigitNumber(rule.tag, m, seg)) return;
    std::string compact = compactIdentifier(*token);
    if (rule.tag == "card" && publishedTestCard(compact)) return;  // a sandbox's test card
    Hit h{rule.tag, std::move(compact), maskValue(rule.tag, *token), in_.text.locate(m.start), rule.description, 0, seg, m.start};
    if (rule.tag == "dob") {
      if (!near("dob", m, s_.dobProximity, seg)) return;  // a date alone is not personal data
      h.confidence = 0.75;
    } else if (rule.kind == RuleKind::Personal) {
      h.confidence = 0.5;
    } else if (rule.tag == "sortcode" && organisationAccountNear(text_, m.start, kOrgWindow, seg->begin)) {
      return;  // the organisation's own account (for payments to it): not personal data
    } else {
      h.confidence = 0.6 + (near(rule.tag, m, s_.proximity, seg) ? 0.25 : 0) +
                     (near("learner", m, s_.proximity, seg) ? 0.15 : 0);
      h.confidence = std::min(1.0, h.confidence);
    }
    if (kChecked.count(rule.tag) && nameNear(text_, m.start, kNameWindow, seg->begin)) ++tables_[seg][rule.tag].namedValid;
    if (kChecked.count(rule.tag)) ++tables_[seg][rule.tag].valid;
    keep(std::move(h));
  }

  // ULNs and NHS numbers are both ten digits with a mod-11 check, so a mistyped one of either kind
  // passes the other's check one time in eleven. A number introduced only as the other kind (a list
  // under "these ULNs fail the check", with no NHS label before it) is that kind, mistyped: not this one.
  bool labelledAsTheOtherTenDigitNumber(const std::string& tag, const RuleMatch& m, const TextSegment* seg) const {
    if (tag != "nhs" && tag != "uln") return false;
    const std::string other = tag == "nhs" ? "uln" : "nhs";
    // Before the number: in its window, or anywhere above it in a table (the header row).
    const std::size_t from = seg->tabular ? seg->begin : std::max(seg->begin, m.start > s_.proximity ? m.start - s_.proximity : 0);
    auto labelledBefore = [&](const std::string& label) {
      auto it = keywords_.find(label);
      if (it == keywords_.end()) return false;
      return std::any_of(it->second.begin(), it->second.end(),
                         [&](const Positioned& k) { return k.start >= from && k.end <= m.start; });
    };
    return !labelledBefore(tag) && labelledBefore(other);
  }

  void keep(Hit h) {
    auto key = h.tag + ":" + h.value;
    auto it = hits_.find(key);
    if (it == hits_.end() || it->second.confidence < h.confidence) hits_[key] = std::move(h);
  }

  // Counts a check-digit identifier candidate (valid or not) of its segment, for the table rule.
  void countTableCandidate(const std::string& tag, const RuleMatch& m, const TextSegment* seg) {
    if (kChecked.count(tag)) ++tables_[seg][tag].candidates;
    (void)m;
  }

  // A birth-plausible date (3 to 100 years before the message was sent) with a person's name next to it.
  void noteBirthDate(const std::string& token, const RuleMatch& m, const TextSegment* seg) {
    auto date = parseUkDate(token, year_);
    if (!date) return;
    // Recent dates are events (trips, fixtures), unless "born" or "DOB" says so (a nursery list).
    auto dayNumber = [](const CalendarDate& d) { return d.year * 10000 + d.month * 100 + d.day; };
    const bool past = dayNumber(*date) <= dayNumber(sent_);
    if (!plausibleBirthDate(*date, sent_) && !(past && birthCueJustBefore(text_, m.start, seg->begin))) return;
    // A table row under a "DOB"/"Date of birth" header is one person's record, however the name
    // is written (lower-case exports, first names only, a pupil number instead of a name).
    bool recordRow = seg->tabular && near("dob", m, 0, seg);
    // A table whose header row names neither a person nor a date of birth lists things, not people
    // (serial numbers and purchase dates, fixtures): a code beside a model name is not a name.
    if (seg->tabular && !recordRow && !tableOfPeople(seg)) return;
    if (!recordRow && !nameNear(text_, m.start, kNameWindow, seg->begin)) return;
    // A start date, an appointment, a wedding: a date that says what it is, is not a birth.
    if (!recordRow && (eventDateBefore(text_, m.start, seg->begin) || (seg->tabular && eventDateTable(seg)) ||
                       listIntroducedAsEventDates(text_, m.start, seg->begin, &listIntros_)))
      return;
    if (placeholderPersonBefore(text_, m.start, seg->begin)) return;  // test data: "TESTPUPIL, Dummy01"
    if (publicFigures(m.start, seg)) return;  // authors' and historical births
    std::string key = compactIdentifier(token);
    if (namedBirthDates_.count(key)) return;
    namedBirthDates_[key] = Hit{"dob", key, maskValue("dob", token), in_.text.locate(m.start), "a date of birth", 0.75, seg};
  }

  // True when a first line reads as column labels: two or more cells (tab, comma, ';', '|' or a
  // run of spaces apart), each of at most three words. A sentence ("As requested by your team:")
  // or a title above a list is not a header, and says nothing about the rows.
  static bool columnLabels(std::string_view line) {
    std::size_t cells = 0, words = 0;
    bool inWord = false, longCell = false;
    for (std::size_t i = 0; i <= line.size(); ++i) {
      char c = i < line.size() ? line[i] : '\t';
      bool cut = c == '\t' || c == ',' || c == ';' || c == '|' || (c == ' ' && i + 1 < line.size() && line[i + 1] == ' ');
      if (cut) {
        if (words > 0) ++cells;
        longCell = longCell || words > 3;
        words = 0, inWord = false;
      } else if (std::isalnum(static_cast<unsigned char>(c))) {
        if (!inWord) ++words;
        inWord = true;
      } else {
        inWord = false;
      }
    }
    return cells >= 2 && !longCell;
  }

  // True when a table's header row (its first line) may label people: it names a person column
  // (name, pupil, payee, passenger ...), or is not a header at all (a first row of data, with a
  // run of digits). Decided once per table.
  bool tableOfPeople(const TextSegment* seg) {
    auto [it, added] = peopleTables_.try_emplace(seg, true);
    if (!added) return it->second;
    std::size_t eol = text_.find('\n', seg->begin);
    std::string header = toLowerAscii(std::string_view(text_).substr(seg->begin, std::min(eol, seg->end) - seg->begin));
    bool data = false;
    for (std::size_t i = 1; i < header.size() && !data; ++i)
      data = std::isdigit(static_cast<unsigned char>(header[i])) && std::isdigit(static_cast<unsigned char>(header[i - 1]));
    if (data || !columnLabels(header)) return true;
    bool people = false;
    for (std::string_view column : {"name", "pupil", "student", "learner", "child", "candidate", "employee", "staff",
                                    "member", "payee", "parent", "carer", "passenger", "participant", "attendee",
                                    "player", "who", "person", "applicant", "contact", "birth", "dob", "born", "upn",
                                    "uln", "nhs", "forename", "surname", "first", "last", "initial", "tutor", "form", "class"})
      people = people || header.find(column) != std::string::npos;
    it->second = people;
    return people;
  }

  // True when a table's header row labels event dates ("Name, Start date, DBS date") and no births.
  bool eventDateTable(const TextSegment* seg) const {
    std::size_t eol = text_.find('\n', seg->begin);
    return headerLabelsEventDates(toLowerAscii(std::string_view(text_).substr(seg->begin, std::min(eol, seg->end) - seg->begin)));
  }

  // True when the paragraph of `pos` is about public figures (publicFigureContext), decided once per
  // paragraph: a class list has hundreds of dates. A table row is a record, never a biography.
  bool publicFigures(std::size_t pos, const TextSegment* seg) {
    if (seg->tabular) return false;
    constexpr std::size_t kReach = 2000;  // bounds the search for the paragraph start in unbroken text
    std::size_t from = pos > seg->begin + kReach ? pos - kReach : seg->begin;
    std::size_t para = std::string_view(text_).substr(from, pos - from).rfind("\n\n");
    std::size_t key = para == std::string_view::npos ? from : from + para;
    auto [it, added] = publicParagraphs_.try_emplace(key, false);
    if (added) it->second = publicFigureContext(text_, pos, seg->begin);
    return it->second;
  }

  // A named person's date of birth that also sits next to its keyword ("Oscar Rahman, born 14 May 2012").
  bool namedDobWithKeyword() const {
    return std::any_of(namedBirthDates_.begin(), namedBirthDates_.end(),
                       [&](const auto& entry) { return hits_.count("dob:" + entry.first) > 0; });
  }

  std::vector<const Hit*> namedBirthHits() const {
    std::vector<const Hit*> out;
    for (const auto& [key, h] : namedBirthDates_) out.push_back(&h);
    return out;
  }

  // The original line holding `pos` (a list or table row), cut at ';' on either side.
  std::pair<std::size_t, std::size_t> rowAround(std::size_t pos, const TextSegment* seg) const {
    const auto& starts = in_.text.lineStarts;
    auto it = std::upper_bound(starts.begin(), starts.end(), pos);
    std::size_t from = it == starts.begin() ? seg->begin : std::max(seg->begin, *std::prev(it));
    std::size_t to = it == starts.end() ? seg->end : std::min(seg->end, *it);
    std::size_t nl = text_.find('\n', pos);
    if (nl != std::string::npos) to = std::min(to, nl);
    std::size_t nlBefore = pos == 0 ? std::string::npos : text_.rfind('\n', pos - 1);
    if (nlBefore != std::string::npos && nlBefore + 1 > from) from = nlBefore + 1;
    std::string_view row = std::string_view(text_).substr(from, to - from);
    std::size_t semi = row.rfind(';', pos - from);
    if (semi != std::string_view::npos) from += semi + 1, row = row.substr(semi + 1);
    std::size_t semiAfter = row.find(';', pos - from);
    if (semiAfter != std::string_view::npos) to = from + semiAfter;
    return {from, to};
  }

  // Distinct list rows (an original line, or a ';' clause of it) where a person's name sits beside
  // a health, SEN or learner-status detail ("Mia Okafor: asthma - blue inhaler", a table row
  // "Okafor, Mia <tab> ASD"). Long rows are prose, not list rows; rows about training, roles or
  // thanks are about staff, not about someone's health.
  std::size_t namedHealthRows() const {
    auto it = keywords_.find("health");
    if (it == keywords_.end() || it->second.size() < kHealthRows) return 0;
    std::set<std::size_t> rows;
    for (const auto& k : it->second) {
      const TextSegment* seg = in_.text.segmentAt(k.start);
      if (!seg || seg->kind == SegmentKind::Subject) continue;
      auto [from, to] = rowAround(k.start, seg);
      if (rows.count(from) || to - from > kHealthRowMax) continue;
      std::string_view row = std::string_view(text_).substr(from, to - from);
      // A row names its person by full name or, in a list, by initials ("RG - type 1 diabetes").
      if (rowAboutRoleOrTraining(row) || !(nameWithin(text_, from, to) || rowStartsWithInitials(row))) continue;
      rows.insert(from);
    }
    return rows.size();
  }

  // Where a learner is named beside their year or form ("Harry Zielinski in Year 10", "Hollie Khan
  // (7B)"): a full name ends at most kLearnerNameWindow characters before the learner word.
  std::optional<std::size_t> namedLearner() const {
    auto it = keywords_.find("learner");
    if (it == keywords_.end()) return std::nullopt;
    for (const auto& k : it->second) {
      const TextSegment* seg = in_.text.segmentAt(k.start);
      if (!seg || seg->kind == SegmentKind::Subject) continue;
      std::size_t from = k.start > seg->begin + kLearnerNameWindow ? k.start - kLearnerNameWindow : seg->begin;
      if (staffRoleAt(k.start, k.end)) continue;  // "Farhan Qureshi, Head of Year 11": a signature
      if (nameWithin(text_, from, k.start)) return k.start;
    }
    return std::nullopt;
  }

  // True when the year at [start, end) is part of a staff role: "Head of Year 11", "Director of
  // Year 9", "Year 7 Leader", "Year 10 tutor team". The name before it is the member of staff's.
  bool staffRoleAt(std::size_t start, std::size_t end) const {
    std::size_t b = start;
    while (b > 0 && text_[b - 1] == ' ') --b;
    bool afterOf = b >= 2 && (text_.compare(b - 2, 2, "of") == 0 || text_.compare(b - 2, 2, "OF") == 0) &&
                   (b == 2 || !std::isalpha(static_cast<unsigned char>(text_[b - 3])));
    if (afterOf) return true;
    std::size_t a = end;
    while (a < text_.size() && text_[a] == ' ') ++a;
    std::size_t e = a;
    while (e < text_.size() && std::isalpha(static_cast<unsigned char>(text_[e]))) ++e;
    std::string next = toLowerAscii(text_.substr(a, e - a));
    return next == "leader" || next == "lead" || next == "coordinator" || next == "co" || next == "tutor" ||
           next == "team" || next == "manager";
  }

  // Different health and welfare details in the message ("dyslexia", "anxious"; "bruising",
  // "strategy discussion"): one word is a topic, two different ones describe someone.
  // Where someone's home is given with a phone number: a residence phrase ("she lives at", "his
  // home address") followed within kHomeReach characters, in the same paragraph, by a postcode
  // and a phone number. The school's or a business's own address is never "lives at".
  std::optional<std::size_t> homeWithPhone() const {
    if (auto home = addressAfter("residence", false)) return home;
    return addressAfter("contact-person", true);
  }

  // A postcode and a phone number (a mobile when `mobileOnly`, then on the same line: a
  // signature's "Mrs Jones / Mob ... / School Lane LS1 4AB" lines are the sender's own) within
  // kHomeReach characters after a keyword of `tag`, in the same paragraph: where the keyword is.
  std::optional<std::size_t> addressAfter(const char* tag, bool mobileOnly) const {
    auto it = keywords_.find(tag);
    if (it == keywords_.end()) return std::nullopt;
    auto mobile = [&](std::size_t at) {
      std::string_view v = std::string_view(text_).substr(at, 6);
      return v.starts_with("07") || v.starts_with("+447") || v.starts_with("+44 7") || v.starts_with("00447");
    };
    for (const auto& k : it->second) {
      const TextSegment* seg = in_.text.segmentAt(k.start);
      if (!seg || seg->kind == SegmentKind::Subject) continue;
      std::size_t para = text_.find("\n\n", k.end);
      std::size_t to = std::min({para == std::string::npos ? text_.size() : para, k.end + kHomeReach, seg->end});
      if (mobileOnly) {  // one sentence ("Ms Crowther (mum of Fatima), 35 Ashfield Road ..."), not a signature's lines
        std::size_t eol = text_.find('\n', k.end);
        if (eol != std::string::npos) to = std::min(to, eol);
      }
      bool postcode = false, phone = false;
      for (const auto& [key, h] : hits_) {
        if (h.offset < k.end || h.offset >= to) continue;
        postcode = postcode || h.tag == "postcode";
        phone = phone || (h.tag == "phone" && (!mobileOnly || mobile(h.offset)));
      }
      if (postcode && phone) return k.start;
    }
    return std::nullopt;
  }

  std::size_t distinctDetails() const {
    std::set<std::string> seen;
    for (const char* tag : {"health", "welfare"}) {
      auto it = keywords_.find(tag);
      if (it == keywords_.end()) continue;
      for (const auto& k : it->second) {
        const TextSegment* seg = in_.text.segmentAt(k.start);
        if (!seg || seg->kind == SegmentKind::Subject) continue;
        seen.insert(toLowerAscii(std::string_view(text_).substr(k.start, k.end - k.start)));
      }
    }
    return seen.size();
  }

  // Sort code ("12-34-56") and an 8-digit account number a few words apart, either order.
  void pairBankDetails() {
    auto codes = parts_.find("sortcode-part");
    auto accounts = parts_.find("account-part");
    if (codes == parts_.end() || accounts == parts_.end()) return;
    for (const auto& sc : codes->second) {
      const TextSegment* seg = in_.text.segmentAt(sc.start);
      if (!seg) continue;
      for (const auto& acc : accounts->second) {
        std::size_t gap = acc.start > sc.end ? acc.start - sc.end : (sc.start > acc.end ? sc.start - acc.end : 0);
        if (gap > kBankWindow || acc.start < seg->begin || acc.end > seg->end || (acc.start < sc.end && acc.end > sc.start)) continue;
        // "sort code 401162": the keyword form of a sort code keeps only its six digits.
        std::string code = compactIdentifier(text_.substr(sc.start, sc.end - sc.start));
        if (code.size() > 6) code = code.substr(code.size() - 6);
        std::string token = code + " " + compactIdentifier(text_.substr(acc.start, acc.end - acc.start));
        if (checkSortCodeAccount(token) == SortCodeCheck::Invalid) continue;
        if (organisationAccountNear(text_, std::min(sc.start, acc.start), kOrgWindow, seg->begin)) continue;
        RuleMatch pseudo{0, std::min(sc.start, acc.start), {std::max(sc.end, acc.end)}};
        double confidence = 0.6 + (near("sortcode", pseudo, s_.proximity, seg) ? 0.25 : 0) +
                            (near("learner", pseudo, s_.proximity, seg) ? 0.15 : 0);
        keep(Hit{"sortcode", token, maskValue("sortcode", token), in_.text.locate(pseudo.start),
                 "bank details (sort code and account number)", std::min(1.0, confidence), seg});
        break;
      }
    }
  }

  // An attached document holds personal data itself (a validated identifier, a date of birth,
  // a named date), or could not be read: a marking alone on a policy document is not a leak.
  bool documentHoldsPersonalData() const {
    auto inDocument = [](const Hit& h) { return h.segment && h.segment->kind == SegmentKind::Attachment; };
    for (const auto& [key, h] : hits_)
      if (inDocument(h) && h.tag != "phone" && h.tag != "postcode") return true;
    for (const auto& [key, h] : namedBirthDates_)
      if (inDocument(h)) return true;
    return std::any_of(in_.text.attachments.begin(), in_.text.attachments.end(),
                       [](const AttachmentState& a) { return a.status == ExtractStatus::Unreadable; });
  }

  // The first marker of `tag` ("" = any) outside every disclaimer paragraph.
  std::optional<Positioned> liveMarker(const std::string& tag) const {
    for (const auto& mk : markers_) {
      if (!tag.empty() && mk.tag != tag) continue;
      bool boilerplate = std::any_of(disclaimers_.begin(), disclaimers_.end(),
                                     [&](const auto& d) { return mk.start >= d.first && mk.end <= d.second; });
      if (!boilerplate) return mk;
    }
    return std::nullopt;
  }

  bool hasPersonalData(const std::vector<const Hit*>& personal) const {
    std::size_t contact = 0;
    for (const Hit* h : personal) {
      // A phone number or postcode is a person's only with a name beside it: the school's own
      // address and switchboard in a signature are not personal data.
      if (h->tag == "phone" || h->tag == "postcode") contact += personsContact(*h) ? 1 : 0;
      else return true;  // a DOB next to its keyword, or an identifier at medium confidence
    }
    return contact >= 2;
  }

  bool personsContact(const Hit& h) const {
    std::size_t floor = h.segment ? h.segment->begin : 0;
    if (!nameNear(text_, h.offset, kNameWindow, floor)) return false;
    std::size_t from = h.offset > floor + kNameWindow ? h.offset - kNameWindow : floor;
    std::string before = toLowerAscii(std::string_view(text_).substr(from, h.offset - from));
    for (const char* org : {"school", "academy", "college", "office", "reception", "trust", "council", "centre"})
      if (before.find(org) != std::string::npos) return false;
    return true;
  }

  bool namesPerson(const Positioned& marker) const {
    const TextSegment* seg = in_.text.segmentAt(marker.start);
    std::size_t floor = seg ? seg->begin : 0;
    return nameNear(text_, marker.start, kMarkerNameWindow, floor) || nameNear(text_, marker.end, kMarkerNameWindow, floor);
  }

  bool carriesDocument() const {
    return std::any_of(in_.text.attachments.begin(), in_.text.attachments.end(), [](const AttachmentState& a) {
      return a.status == ExtractStatus::Text || a.status == ExtractStatus::Unreadable;
    });
  }

  std::string documentNames() const {
    std::string names;
    for (const auto& a : in_.text.attachments)
      if (a.status == ExtractStatus::Text || a.status == ExtractStatus::Unreadable) names += (names.empty() ? "" : ", ") + a.where;
    return names;
  }

  std::string phrase(const Positioned& p) const { return quotePhrase(std::string_view(text_).substr(p.start, p.end - p.start)); }

  void report(ScanOutcome& outcome, const std::string& rule, const std::vector<const Hit*>& hits,
              const std::string& description) const {
    Finding f;
    f.policy = "dlp-unencrypted";
    f.rule = rule;
    f.description = description;
    f.advice = "Personal data may leave the school only encrypted: use S/MIME or the secure transfer service, "
               "or remove the data.";
    f.confidence = 0.85;
    std::size_t shown = 0;
    for (const Hit* h : hits) {
      if (shown == 0) f.location = h->location, f.confidence = h->confidence;
      if (++shown > 5) continue;
      f.evidence += (f.evidence.empty() ? "" : "; ") + h->masked + " (" + h->location + ")";
    }
    if (shown > 5) f.evidence += "; and " + std::to_string(shown - 5) + " more";
    if (f.location.empty()) f.location = "message";
    outcome.findings.push_back(std::move(f));
  }

  const ContentInput& in_;
  const DlpSettings& s_;
  const std::string& text_;
  int year_ = currentYear();
  CalendarDate sent_ = messageSentDate(in_.message);  // the message's Date header, or today
  std::map<std::string, std::vector<Positioned>> keywords_;  // by tag, ordered by start
  std::vector<Positioned> markers_;
  std::vector<std::pair<std::size_t, std::size_t>> disclaimers_;
  std::vector<const RuleMatch*> candidates_;
  std::map<std::string, Hit> hits_;  // by tag:value, highest confidence kept
  struct TableCounts {
    std::size_t candidates = 0, valid = 0, namedValid = 0;
  };
  std::map<const TextSegment*, std::map<std::string, TableCounts>> tables_;  // check-digit identifiers per segment
  std::map<std::string, Hit> namedBirthDates_;                                // by date
  std::map<std::size_t, bool> publicParagraphs_;                              // by paragraph start
  std::map<const TextSegment*, bool> peopleTables_;                           // tableOfPeople, by table
  ListIntroMemo listIntros_;                                                  // each list row: introduced as event dates
  std::map<std::string, std::vector<Positioned>> parts_;                      // sort code / account halves
  static constexpr std::size_t kTableRows = 4, kNameWindow = 80, kBankWindow = 60, kOrgWindow = 160, kMarkerNameWindow = 30;
  // XXX 3 rows: one or two named people with a condition occur in ordinary mail (a parent's reply
  // about their own child, a get-well note); three different people each with a health or SEN
  // detail is a list of special category data (docs/rules.md). Rows over 160 characters are prose.
  static constexpr std::size_t kHealthRows = 3, kHealthRowMax = 160;
  static constexpr std::size_t kHomeReach = 200;  // "lives at <house, street, town, postcode>. Phone <number>"
  // XXX 40 characters: "Harry Zielinski in Year 10", "Hollie Khan (7B)"; a name further away is
  // as likely a member of staff ("Mr Gill, Head of Year 9") as the child.
  static constexpr std::size_t kLearnerNameWindow = 40;
  static constexpr std::size_t kUnnamedRows = 5;
  inline static const std::set<std::string> kChecked = {"uln", "upn", "nhs", "nino"};
  inline static const std::set<std::string> kCheckDigit = {"uln", "upn", "nhs"};
};

// An attachment leaving the school that could not be read, or only partly: it is held, since
// what was not read may be the data (really encrypted files are ExtractStatus::Encrypted and pass).
Finding unreadableAttachment(const AttachmentState& a) {
  Finding f;
  f.policy = "dlp-unencrypted";
  f.rule = "unreadable-attachment";
  f.description = a.status == ExtractStatus::Text
                      ? "An attachment was only partly checked for personal data (" + a.detail + "), so the message is held."
                      : "An attachment could not be checked for personal data (" + a.detail + "), so the message is held.";
  f.evidence = a.detail;
  f.location = a.where;
  f.confidence = 0.5;
  f.advice = "Send the document in a readable format, split it into smaller files, or send it encrypted.";
  f.actionOverride = Action::Quarantine;
  return f;
}

}  // namespace

std::string dlpTagProblem(const Rule& rule) {
  static const std::set<std::string, std::less<>> kIdentifiers = {"uln",      "upn",      "nhs",          "nino",
                                                                  "card",     "sortcode", "sortcode-part", "account-part",
                                                                  "dob",      "passport", "licence"};
  static const std::set<std::string, std::less<>> kMarkers = {"learner", "protective"};
  static const std::set<std::string, std::less<>> kPersonal = {"phone", "postcode"};
  auto known = [&](const std::set<std::string, std::less<>>& set) { return set.count(rule.tag) > 0; };
  auto list = [](const std::set<std::string, std::less<>>& set) {
    std::string out;
    for (const auto& t : set) out += (out.empty() ? "" : ", ") + t;
    return out;
  };
  switch (rule.kind) {
    case RuleKind::Identifier:
      return known(kIdentifiers) ? "" : "unknown identifier tag '" + rule.tag + "' (one of " + list(kIdentifiers) + ")";
    case RuleKind::Keyword:
      return known(kIdentifiers) || rule.tag == "learner" || rule.tag == "health" || rule.tag == "welfare" ||
                     rule.tag == "residence" || rule.tag == "contact-person"
                 ? ""
                 : "unknown keyword tag '" + rule.tag +
                       "' (an identifier tag, learner, health, welfare, residence or contact-person)";
    case RuleKind::Marker:
      return known(kMarkers) ? "" : "unknown marker tag '" + rule.tag + "' (one of " + list(kMarkers) + ")";
    case RuleKind::Personal:
      return known(kPersonal) ? "" : "unknown personal tag '" + rule.tag + "' (one of " + list(kPersonal) + ")";
    default:
      return "";
  }
}

void DlpPolicy::evaluate(const ContentInput& in, ScanOutcome& outcome) const {
  if (in.context.direction != Direction::Outbound) return;      // only mail leaving the organisation
  // An encrypted message is still checked: its text holds only what travels in clear (the
  // subject, and any part outside the encryption), never the ciphertext (message_text.cpp).
  Evaluation evaluation(in, settings_);
  evaluation.collect();
  const std::size_t before = outcome.findings.size();
  evaluation.decide(outcome);
  std::optional<double> probability;  // computed once, when first needed
  auto modelSays = [&] {
    if (!probability) probability = modelProbability(*settings_.model, in);
    return *probability;
  };
  if (settings_.model && outcome.findings.size() > before) {
    const bool onlyWeak = std::all_of(outcome.findings.begin() + static_cast<std::ptrdiff_t>(before), outcome.findings.end(),
                                      [](const Finding& f) { return isWeakDlpFinding(f.rule); });
    // Cross-validation: dropping weak findings the model disagrees with removes false alarms
    // (policy documents, anonymised statistics) and no catches.
    if (onlyWeak && modelSays() < settings_.modelConfirm)
      outcome.findings.resize(before);
  }
  if (outcome.findings.size() == before && settings_.model) {
    // No rule fired: the model reads the message as a whole. A catch by it alone is held for a
    // person; its evidence names mechanisms only, never the message's words (names, values).
    const double p = modelSays();
    if (p >= settings_.modelThreshold) {
      Finding f;
      f.policy = std::string(policyId());
      f.rule = "personal-data-model";
      f.description = "This message looks like it carries personal data about pupils, staff or families, unencrypted.";
      f.evidence = modelEvidence(*settings_.model, in, p, settings_.modelThreshold, true);
      f.location = "message text";
      f.advice = "Send personal data through the school's secure system or as an encrypted attachment; "
                 "if it holds none, ask IT to release it.";
      f.confidence = p;
      f.actionOverride = Action::Quarantine;
      outcome.findings.push_back(std::move(f));
    }
  }
  if (!settings_.reportUnreadable) return;
  for (const auto& a : in.text.attachments) {
    if (a.status != ExtractStatus::Unreadable && !(a.status == ExtractStatus::Text && a.truncated)) continue;
    outcome.findings.push_back(unreadableAttachment(a));
  }
}

std::string DlpPolicy::arithmetic(const ContentInput& in) const {
  if (!settings_.model) return {};
  if (in.context.direction != Direction::Outbound) return "not outbound: personal data is not judged";
  char buf[200];
  std::snprintf(buf, sizeof buf, "\n   the weakest findings (learner-data-attachment, marker-with-personal-data, named-learner-with-special-category) stand only with the model at %.2f or above",
                settings_.modelConfirm);
  return modelArithmetic(*settings_.model, in, settings_.modelThreshold) + buf;
}

}  // namespace aup
