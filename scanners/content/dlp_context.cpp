#include "scanners/content/dlp_context.h"

#include <algorithm>
#include <iterator>
#include <cctype>
#include <cstring>
#include <string>
#include <vector>

#include "engine/envelope.h"
#include "engine/text_util.h"
#include "scanners/content/folded_word_set.h"

namespace aup {
namespace {

// Capitalised words that start sentences, label columns or name places and times: never half
// of a person's name. XXX a heuristic list; a name made only of these words is missed.
constexpr std::string_view kNotNames[] = {
    "a", "about", "account", "address", "after", "all", "allergy", "amount", "and", "april", "as", "attached",
    "august", "autumn", "bank", "barcode", "beach", "best", "birth", "born", "boys", "but", "card", "centre", "child",
    "children", "class", "club", "code", "condition", "date", "day", "days", "dear", "december", "depart", "details",
    "dob", "email", "ends", "evening", "expiry", "february", "field", "for", "form", "friday", "from", "girls", "group",
    "hall", "hello", "here", "hi", "his", "her", "id", "in", "invoice", "january", "july", "june", "key", "kind",
    "learner", "list", "march", "may", "medical", "monday", "name", "names", "need", "no", "notes", "november", "number",
    "october", "of", "office", "on", "or", "order", "our", "park", "please", "pupil", "pupils", "ref", "reference",
    "regards", "road", "saturday", "school", "september", "sept", "set", "she", "sort", "spring", "starts", "street",
    "student", "subject", "summer", "sunday", "team", "term", "thanks", "the", "these", "this", "thursday", "to",
    "total", "tuesday", "tutor", "wednesday", "week", "year",
    // services and documents that are capitalised like names ("Early Help", "Child Protection Policy")
    "authority", "board", "body", "conference", "council", "designated", "early", "governing", "governors", "help",
    "hub", "lead", "local", "meeting", "paperwork", "plan", "policy", "protection", "report", "review", "safeguarding",
    "service", "services", "support", "yes", "secure", "status", "method", "shared", "data", "item",
    // events and places a diary or fixture list names like people ("Harvest Festival", "Town Juniors")
    "festival", "fair", "zoo", "trip", "fixture", "fixtures", "gala", "concert", "show", "party", "disco", "sale",
    "match", "cup", "round", "rovers", "town", "city", "united", "juniors", "christmas", "harvest", "nativity",
    "sports", "assembly", "play", "parade", "museum", "theatre", "castle", "visit", "training", "inset", "half",
    "open", "evening", "celebration", "easter", "world", "book", "week", "holiday", "bank", "reception",
    // institutions a table or letter names like people ("Brookhouse Primary", "Kestrel Rise Academy")
    "primary", "academy", "college", "nursery", "infant", "infants", "trust", "federation", "centre", "center",
    "church", "chapel", "surgery", "hospital", "clinic", "university", "campus",
    // what a bank account is called on an invoice ("Ravensmoor College - Commercial Income Account")
    "account", "accounts", "income", "commercial", "current", "deposit", "savings", "business", "finance",
    "payments", "receipts", "fees",
    // groups addressed in letters ("Dear Parents/Carers of Year 9")
    "parents", "parent", "carers", "carer", "families", "family", "staff", "colleagues", "governors", "everyone"};

const FoldedWordSet& notNames() {
  static const FoldedWordSet set(kNotNames);
  return set;
}

bool isNameWord(std::string_view w) {
  if (w.size() < 2 || !std::isupper(static_cast<unsigned char>(w[0]))) return false;
  bool lower = false;
  for (std::size_t i = 1; i < w.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(w[i]);
    if (std::islower(c) || c >= 0x80) lower = true;
    else if (c != '-' && c != '\'' && !std::isupper(c)) return false;
  }
  if (!lower) return false;  // ALL CAPS words are headings and acronyms
  return !notNames().contains(w);
}

// "ROSSI, Sofia": an upper-case surname followed by a comma (the MIS export order).
bool isCapsSurname(std::string_view w, std::string_view sep) {
  if (w.size() < 2 || sep.find(',') == std::string_view::npos) return false;
  for (unsigned char c : w)
    if (!(std::isupper(c) || c >= 0x80 || c == '-' || c == '\'')) return false;
  return !notNames().contains(w);
}

// "n. williams", "D. Ghorbani": one letter, a full stop, a surname of any case (lower-case
// exports); not "e.g. swimming" (the letter must start a word of its own).
bool initialThenSurname(std::string_view text, std::size_t prevEnd, std::string_view prev, std::string_view sep,
                        std::string_view word) {
  if (prev.size() != 1 || !std::isalpha(static_cast<unsigned char>(prev[0])) || sep != ". " || word.size() < 2) return false;
  std::size_t at = prevEnd - 1;  // the initial
  if (at > 0 && text[at - 1] != ' ' && text[at - 1] != '\n' && text[at - 1] != '\t' && text[at - 1] != '|') return false;
  for (unsigned char c : word)
    if (!(std::isalpha(c) || c >= 0x80 || c == '-' || c == '\'')) return false;
  return !notNames().contains(word);
}

// Upper-case words that are acronyms and headings in school mail, never a surname in capitals.
constexpr std::string_view kAcronyms[] = {
    "sen", "send", "nhs", "upn", "uln", "asd", "asc", "adhd", "ehcp", "fsm", "pe", "ict", "uk", "gcse", "gcses",
    "sats", "pta", "ptfa", "bacs", "pdf", "csv", "urgent", "important", "note", "nb", "ps", "re", "fw", "fwd", "ok",
    "ta", "hlta", "dsl", "senco", "mis", "gdpr", "ni", "am", "pm", "mfl", "dt", "rshe", "pshe", "stem", "warning",
    "missing", "reminder", "notice", "info", "update", "new", "final", "draft", "copy", "only", "all", "tbc", "tba",
    "eal", "lac", "cla", "cin", "cp", "semh", "mld", "sld", "pmld", "slcn", "ot", "salt", "camhs", "mash", "lado",
    "yes", "no", "n/a", "na", "birthday", "happy", "payment", "deadline", "cancelled", "closed", "today", "ft",
    "pt", "usa", "eu", "bbc", "ks", "yr", "dbs", "cpd", "asap", "fyi", "tbd",
    "m", "f", "male", "female", "boy", "girl", "pp", "ehc", "iep", "sss", "aqa", "ocr", "wjec", "edexcel", "btec"};

// "EDWARDS" in "Kian EDWARDS" or "BEGUM Holly": a surname written in capitals (trip manifests,
// exchange lists, MIS exports): letters only, a vowel, and not an acronym or a heading word.
bool isUpperSurname(std::string_view w) {
  if (w.size() < 2) return false;
  bool vowel = false;
  for (unsigned char c : w) {
    if (!(std::isupper(c) || c >= 0x80 || c == '-' || c == '\'')) return false;
    vowel = vowel || std::strchr("AEIOUY", c) != nullptr;
  }
  static const FoldedWordSet acronyms(kAcronyms);
  return vowel && !acronyms.contains(w) && !notNames().contains(w);
}

bool isTitle(std::string_view w) { return w == "Mr" || w == "Mrs" || w == "Miss" || w == "Ms" || w == "Dr" || w == "Mx"; }

bool wordChar(char c) {
  auto u = static_cast<unsigned char>(c);
  return asciiLetter(u) || u >= 0x80 || c == '-' || c == '\'';
}

// True when the word after text[at] on the same line names an institution: "Marlow Fields
// Primary", "Kestrel Rise Academy" are a school's name, not a person's.
bool institutionFollows(std::string_view text, std::size_t at) {
  static constexpr std::string_view kInstitutions[] = {"primary", "academy", "school", "college", "nursery", "infant",
                                                       "infants", "junior", "juniors", "trust", "federation", "church",
                                                       "centre", "center", "surgery", "hospital", "clinic", "university",
                                                       "high", "community", "grammar", "sixth", "ce", "rc"};
  while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
  std::size_t end = at;
  while (end < text.size() && wordChar(text[end])) ++end;
  if (end == at || !std::isupper(static_cast<unsigned char>(text[at]))) return false;
  static const FoldedWordSet institutions(kInstitutions);
  return institutions.contains(text.substr(at, end - at));
}

// True when text[from, to) holds two adjacent name words ("Jayden Clarke", "Clarke, Jayden",
// "Mr Quinn"), the separator being spaces, a comma or a tab.
bool hasName(std::string_view text, std::size_t from, std::size_t to) {
  std::string_view prev;
  std::size_t prevEnd = 0;
  for (std::size_t i = from; i < to;) {
    if (!wordChar(text[i])) {
      ++i;
      continue;
    }
    std::size_t s = i;
    while (i < to && wordChar(text[i])) ++i;
    std::string_view word = text.substr(s, i - s);
    if (!prev.empty()) {
      std::string_view sep = text.substr(prevEnd, s - prevEnd);
      // Columns of an export are names too: "Clarke, Jayden", "Anya / Kowalczyk", "Benali | Fatima".
      bool adjacent = sep.size() <= 3 && sep.find_first_not_of(" ,\t/|") == std::string_view::npos;
      bool initial = word.size() == 1 && std::isupper(static_cast<unsigned char>(word[0])) && isNameWord(prev);  // "Amy B"
      if (adjacent && (initial || (isNameWord(word) && (isNameWord(prev) || isTitle(prev) || isCapsSurname(prev, sep)))) &&
          !institutionFollows(text, i))
        return true;
      if (initialThenSurname(text, prevEnd, prev, sep, word)) return true;
      // "Kian EDWARDS", "BEGUM Holly": a forename beside a surname in capitals, one space apart.
      bool spaced = sep == " " || sep == "  " || sep == "\t";
      if (spaced && ((isNameWord(prev) && isUpperSurname(word)) || (isUpperSurname(prev) && isNameWord(word)))) return true;
    }
    prev = word;
    prevEnd = i;
  }
  return false;
}

}  // namespace

bool nameNear(std::string_view text, std::size_t pos, std::size_t window, std::size_t floor) {
  pos = std::min(pos, text.size());
  std::size_t from = pos > floor + window ? pos - window : floor;
  if (hasName(text, from, pos)) return true;
  std::size_t eol = text.find('\n', pos);
  std::size_t to = std::min({eol == std::string_view::npos ? text.size() : eol, pos + window, text.size()});
  // Skip the value itself (digits and separators) before looking after it.
  std::size_t after = pos;
  while (after < to && !std::isalpha(static_cast<unsigned char>(text[after]))) ++after;
  return hasName(text, after, to);
}

bool placeholderPersonBefore(std::string_view text, std::size_t pos, std::size_t floor) {
  // Words that stand in for a person's name in test data (digits dropped: "Dummy07", "Test2").
  static constexpr std::string_view kPlaceholders[] = {
      "test", "testpupil", "teststudent", "testlearner", "testchild", "testuser", "testperson", "testname",
      "dummy", "dummypupil", "dummystudent", "dummychild", "dummylearner", "dummyrecord", "fake", "fakepupil",
      "sample", "samplepupil", "samplestudent", "placeholder", "fictional", "fictitious", "bloggs", "doe"};
  constexpr int kNameWords = 4;  // the name sits in the few words before the date ("Surname, Forename, DOB")
  std::size_t i = pos;
  for (int seen = 0; seen < kNameWords && i > floor;) {
    if (text[i - 1] == '\n') return false;  // the row's own words only
    if (!std::isalnum(static_cast<unsigned char>(text[i - 1]))) {
      --i;
      continue;
    }
    std::size_t e = i;
    while (i > floor && std::isalnum(static_cast<unsigned char>(text[i - 1]))) --i;
    std::string_view word = text.substr(i, e - i);
    if (!std::isalpha(static_cast<unsigned char>(word[0]))) continue;  // an identifier or a date
    ++seen;
    std::size_t letters = 0;
    while (letters < word.size() && std::isalpha(static_cast<unsigned char>(word[letters]))) ++letters;
    // Placeholders stand where a name does: capitalised ("Test", "TESTPUPIL"), not "test results".
    if (letters < word.size() && !std::all_of(word.begin() + letters, word.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
      continue;
    if (!std::isupper(static_cast<unsigned char>(word[0]))) continue;
    std::string folded = toLowerAscii(word.substr(0, letters));
    if (std::find(std::begin(kPlaceholders), std::end(kPlaceholders), folded) != std::end(kPlaceholders)) return true;
  }
  return false;
}

namespace {
// What else a past date beside a name can be: a start, an appointment, a marriage, a check.
constexpr std::string_view kEventWords[] = {
    "joined", "join", "joining", "started", "start", "starting", "appointed", "appointment", "hired", "employed",
    "employment", "married", "marriage", "wedding", "anniversary", "qualified", "qualification", "graduated",
    "retired", "retirement", "retiring", "left", "leaving", "service", "since", "expires", "expiry", "expired",
    "issued", "renewed", "renewal", "checked", "check", "dbs", "completed", "attended", "trained", "training",
    "induction", "certificate", "certified", "enrolled", "registered", "admitted", "arrived", "opened", "founded",
    "built", "died", "deceased", "purchased", "bought", "installed", "paid", "invoiced", "ordered", "visited",
    "elected", "presented", "awarded", "award", "won", "began", "begun", "ended", "opening", "planted", "planting",
    "engraved", "achieved", "ceremony", "unveiled", "dedicated", "inducted", "qts"};
// Column labels that name event dates only in a header ("Term began", "Set on", "Record holder").
constexpr std::string_view kEventHeaderWords[] = {"term", "set", "holder", "record", "records", "tenure", "served"};
constexpr std::string_view kBirthWords[] = {"dob", "born", "birth", "birthday", "d"};  // "d.o.b" reads d, o, b

bool isIn(std::string_view word, const auto& list) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

// Up to `count` words of letters before `pos` on its line (not before `floor`), lower case, nearest first.
std::vector<std::string> wordsBefore(std::string_view text, std::size_t pos, std::size_t floor, int count) {
  std::vector<std::string> words;
  std::size_t i = pos;
  while (static_cast<int>(words.size()) < count && i > floor && text[i - 1] != '\n') {
    if (!asciiLetter(static_cast<unsigned char>(text[i - 1]))) {
      --i;
      continue;
    }
    std::size_t e = i;
    while (i > floor && asciiLetter(static_cast<unsigned char>(text[i - 1]))) --i;
    words.push_back(toLowerAscii(text.substr(i, e - i)));
  }
  return words;
}

// True when an introducing sentence ("... the dates they joined us:") names event dates: an event
// word within five words of "date(s)", and no birth cue.
bool introNamesEventDates(std::string_view line) {
  std::string lower = toLowerAscii(line);
  if (lower.find("birth") != std::string::npos || lower.find("dob") != std::string::npos ||
      lower.find("born") != std::string::npos)
    return false;
  std::vector<std::string> words;
  for (std::size_t i = 0; i < lower.size();) {
    if (!std::isalpha(static_cast<unsigned char>(lower[i]))) {
      ++i;
      continue;
    }
    std::size_t s = i;
    while (i < lower.size() && std::isalpha(static_cast<unsigned char>(lower[i]))) ++i;
    words.push_back(lower.substr(s, i - s));
  }
  constexpr std::size_t kNear = 5;
  for (std::size_t d = 0; d < words.size(); ++d) {
    if (words[d] != "date" && words[d] != "dates") continue;
    for (std::size_t e = d >= kNear ? d - kNear : 0; e < words.size() && e <= d + kNear; ++e)
      if (isIn(words[e], kEventWords)) return true;
  }
  return false;
}
}  // namespace

bool eventDateBefore(std::string_view text, std::size_t pos, std::size_t floor) {
  constexpr int kWords = 4;  // "Mr Tom Reid - joined on 01/09/2008": the cue sits just before the date
  static const FoldedWordSet birthWords(kBirthWords), eventWords(kEventWords);
  for (const std::string& word : wordsBefore(text, pos, floor, kWords)) {
    if (word == "b" || birthWords.contains(word)) return false;  // "DOB", "born", "D.O.B."
    if (eventWords.contains(word)) return true;
  }
  return false;
}

bool listIntroducedAsEventDates(std::string_view text, std::size_t pos, std::size_t floor, ListIntroMemo* memo) {
  constexpr std::size_t kReach = 3000;  // a list of a few dozen rows
  constexpr std::size_t kHeaderWords = 8;
  const std::size_t limit = pos > floor + kReach ? pos - kReach : floor;
  std::size_t lineEnd = text.rfind('\n', pos == 0 ? 0 : pos - 1);
  // Every row of a long list walks up through the rows above it: each row visited remembers where
  // the walk was decided (the deciding line's end) and how, so the next row stops there. A decision
  // beyond this date's reach is no decision, as if the walk had run out.
  std::vector<std::size_t> rows;
  auto decide = [&](bool result, std::size_t at) {
    if (memo)
      for (std::size_t row : rows) (*memo)[row] = {result, at};
    return result;
  };
  while (lineEnd != std::string_view::npos && lineEnd > limit) {
    if (memo) {
      if (auto known = memo->find(lineEnd); known != memo->end()) {
        const auto [result, at] = known->second;
        return decide(at != std::string_view::npos && at > limit && result, at);
      }
      rows.push_back(lineEnd);
    }
    std::size_t lineStart = text.rfind('\n', lineEnd - 1);
    lineStart = lineStart == std::string_view::npos || lineStart < limit ? limit : lineStart + 1;
    std::string_view line = text.substr(lineStart, lineEnd - lineStart);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
    // Rows hold digits (their dates) and lists may have blank lines: the first line above without
    // digits introduces the list, as a sentence ending in ':' or as a short header row of labels
    // ("Name Role Start date": the body's tabs are folded to spaces).
    const bool row = std::any_of(line.begin(), line.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    if (!row && !line.empty() && line.back() != ':') {
      std::size_t words = 0;
      for (std::size_t i = 0; i < line.size(); ++i)
        words += (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t' || line[i - 1] == '|') && line[i] != ' ';
      return decide(words <= kHeaderWords && headerLabelsEventDates(toLowerAscii(line)), lineEnd);
    }
    if (!line.empty() && line.back() == ':') return decide(introNamesEventDates(line), lineEnd);
    if (lineStart <= limit) break;
    lineEnd = lineStart - 1;
  }
  return decide(false, std::string_view::npos);
}

bool birthCueJustBefore(std::string_view text, std::size_t pos, std::size_t floor) {
  const auto words = wordsBefore(text, pos, floor, 2);
  for (std::size_t w = 0; w < words.size(); ++w)
    if (words[w] == "born" || words[w] == "dob" || words[w] == "birth" ||
        (words[w] == "b" && w + 1 < words.size() && words[w + 1] == "o"))  // "D.O.B."
      return true;
  return false;
}

bool headerLabelsEventDates(std::string_view header) {
  for (std::string_view birth : {"birth", "dob", "d.o.b", "born"})
    if (header.find(birth) != std::string_view::npos) return false;
  std::size_t i = 0;
  while (i < header.size()) {
    while (i < header.size() && !std::isalpha(static_cast<unsigned char>(header[i]))) ++i;
    std::size_t s = i;
    while (i < header.size() && std::isalpha(static_cast<unsigned char>(header[i]))) ++i;
    if (i > s && (isIn(header.substr(s, i - s), kEventWords) || isIn(header.substr(s, i - s), kEventHeaderWords))) return true;
  }
  return false;
}

bool publishedTestCard(std::string_view digits) {
  static constexpr std::string_view kTestCards[] = {
      "4000056655665556", "4012888888881881", "4000000000000002", "4000000000000077", "4000000000003220",
      "4000002500003155", "4000000000009995", "4000000000000119", "4000000000000127", "4000000760000002",
      "5105105105105100", "5200828282828210", "2223003122003222", "378282246310005", "371449635398431",
      "378734493671000", "6011111111111117", "6011000990139424", "3530111333300000", "3566002020360505",
      "30569309025904", "38520000023237", "4222222222222", "6200000000000005", "5454545454545454"};
  if (digits.empty() || std::find(std::begin(kTestCards), std::end(kTestCards), digits) != std::end(kTestCards)) return true;
  bool used[10] = {};
  int distinct = 0;
  for (char c : digits.substr(1))
    if (c >= '0' && c <= '9' && !used[c - '0']) used[c - '0'] = true, ++distinct;
  return distinct <= 2;
}

bool rowStartsWithInitials(std::string_view row) {
  std::size_t i = row.find_first_not_of(" \t-*");
  if (i == std::string_view::npos) return false;
  if (row.substr(i, 3) == "\xE2\x80\xA2") i = row.find_first_not_of(' ', i + 3);  // bullet
  if (i == std::string_view::npos) return false;
  std::string letters;
  std::size_t j = i;
  while (j < row.size() && letters.size() <= 3) {
    auto c = static_cast<unsigned char>(row[j]);
    if (std::isupper(c)) letters += static_cast<char>(c);
    else if (c != '.') break;
    ++j;
  }
  if (letters.size() < 2 || letters.size() > 3 || (j < row.size() && std::isalnum(static_cast<unsigned char>(row[j]))))
    return false;
  // Topic acronyms a list row can open with; initials of a person are anything else.
  static constexpr std::string_view kTopics[] = {"SEN", "EAL", "FSM", "PE", "ASD", "ADD", "GP", "DSL", "TA", "IT", "DT",
                                                 "RE", "PP", "LAC", "CLA", "EHC", "SLT", "HT", "DHT", "AM", "PM", "NB",
                                                 "PS", "UK", "NHS", "PTA", "KS", "OT", "SLC", "SLD", "MLD", "PMLD", "HI",
                                                 "VI", "MSI", "PD", "SPLD", "SEMH", "TBC", "TBA", "FYI", "NA", "ICT"};
  if (std::find(std::begin(kTopics), std::end(kTopics), letters) != std::end(kTopics)) return false;
  std::size_t k = row.find_first_not_of(' ', j);
  if (k == std::string_view::npos) return false;
  char sep = row[k];
  return sep == '-' || sep == ':' || sep == ',' || sep == '\t' || (j < row.size() && row[j] == '\t');
}

bool nameWithin(std::string_view text, std::size_t from, std::size_t to) {
  to = std::min(to, text.size());
  return from < to && hasName(text, from, to);
}

bool publicFigureContext(std::string_view text, std::size_t pos, std::size_t floor) {
  constexpr std::size_t kReach = 600;
  pos = std::min(pos, text.size());
  std::size_t from = pos > floor + kReach ? pos - kReach : floor;
  std::size_t para = text.rfind("\n\n", pos);
  if (para != std::string_view::npos && para > from) from = para;
  std::size_t to = std::min(text.size(), pos + kReach);
  std::size_t end = text.find("\n\n", pos);
  if (end != std::string_view::npos && end < to) to = end;
  std::string near = toLowerAscii(text.substr(from, to - from));
  for (std::string_view cue : {"biograph", "author", "poet", "novelist", "scientist", "famous", "historical", "composer",
                               "inventor", "explorer", "timeline", "war memorial", "monarch", "prime minister"})
    if (near.find(cue) != std::string::npos) return true;
  return false;
}

bool rowAboutRoleOrTraining(std::string_view row) {
  std::string lower = toLowerAscii(row);
  for (std::string_view cue : {"training", "trained", "course", "awareness", "certificate", "workshop", "session", "talk",
                               "assembly", "thank", "first aid", "lead", "coordinator", "co-ordinator", "officer", "senco",
                               "nurse", "manager", "teacher", "team", "service", "policy", "champion", "update"})
    if (lower.find(cue) != std::string::npos) return true;
  return false;
}

std::optional<CalendarDate> parseMailDate(std::string_view header) {
  static constexpr std::string_view kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  CalendarDate d;
  std::size_t i = 0;
  while (i < header.size()) {
    while (i < header.size() && !std::isalnum(static_cast<unsigned char>(header[i]))) ++i;
    std::size_t s = i;
    while (i < header.size() && std::isalnum(static_cast<unsigned char>(header[i]))) ++i;
    std::string_view tok = header.substr(s, i - s);
    if (tok.empty()) break;
    if (std::isdigit(static_cast<unsigned char>(tok[0]))) {
      int n = 0;
      for (char c : tok) n = std::isdigit(static_cast<unsigned char>(c)) ? n * 10 + (c - '0') : -1;
      if (n < 0) continue;
      if (tok.size() <= 2 && d.day == 0 && d.month == 0) d.day = n;
      else if (tok.size() == 4 && d.year == 0) d.year = n;
      if (i < header.size() && header[i] == ':') break;  // the time: the date is complete
    } else if (tok.size() >= 3 && d.month == 0) {
      std::string m = toLowerAscii(tok.substr(0, 3));
      for (int k = 0; k < 12; ++k)
        if (m == kMonths[k]) d.month = k + 1;
    }
  }
  if (d.year < 1970 || d.month == 0 || d.day < 1 || d.day > 31) return std::nullopt;
  return d;
}

bool plausibleBirthDate(const CalendarDate& date, const CalendarDate& sent) {
  auto key = [](int y, const CalendarDate& d) { return y * 10000 + d.month * 100 + d.day; };
  return key(date.year, date) <= key(sent.year - 3, sent) && key(date.year, date) >= key(sent.year - 100, sent);
}

bool organisationAccountNear(std::string_view text, std::size_t pos, std::size_t window, std::size_t floor) {
  pos = std::min(pos, text.size());
  std::size_t from = pos > floor + window ? pos - window : floor;
  std::size_t to = std::min(text.size(), pos + window);
  std::string near = toLowerAscii(text.substr(from, to - from));
  for (std::string_view cue : {"school fund", "school's bank", "school's bacs", "school's account", "our bank details",
                               "our bacs details", "our account details", "pay the school", "payable to the school", "school account",
                               // an organisation as the payee ("paid to the PTA account", "payable to our club")
                               "pta account", "academy account", "trust account", "club account", "nursery account",
                               "fund account", "paid to the", "paid into the", "payable to the", "payable to our",
                               "pay into the", "payments to the", "payments to our", "paid to our"})
    if (near.find(cue) != std::string::npos) return true;
  // "account name <...> School/Academy/Trust/Council/PTA/Fund" on the same stretch of text.
  for (auto p = near.find("account name"); p != std::string::npos; p = near.find("account name", p + 1)) {
    std::string_view rest = std::string_view(near).substr(p, 80);
    for (std::string_view org : {"school", "academy", "trust", "council", "pta", "fund", "college"})
      if (rest.find(org) != std::string_view::npos) return true;
  }
  return organisationHolderNear(text, pos, window, floor);
}

namespace {

// Nouns that end an organisation's proper name ("Kingsmead Community School", "Valley Learning
// Trust", "Brightwater Supplies Ltd"); matched with a capital, after a capitalised word.
constexpr std::string_view kOrgNouns[] = {"School", "Academy", "College", "Trust", "PTA", "PTFA", "Federation",
                                          "Council", "Nursery", "Club", "Fund", "Charity", "Foundation", "Ltd",
                                          "Limited", "Church", "Association", "Society", "Diocese", "Parish",
                                          "Partnership", "Centre", "University", "Hospice"};

// Where the organisation names itself without a proper name: possessives and first-person plurals.
constexpr std::string_view kOrgPhrases[] = {"the school's", "our school's", "the academy's",
                                            "the trust's", "the college's", "registered charity", "our account",
                                            "our bank", "our new account", "our new bank", "our details"};

// Words saying the account is a person's: whose it is, or what is paid into it.
constexpr std::string_view kPersonalHolder[] = {
    "my account", "my bank", "my new account", "my new bank", "my details", "her account", "his account",
    "her bank", "his bank", "her new", "his new", "their account", "their bank", "'s own account",
    "mum's account", "dad's account", "in the name of", "salary", "payroll", "wages", "pension", "lump sum",
    "repaid", "reimburse", "expenses", "new starter", "personal account", "set her up", "set him up",
    "set them up", "new member of staff", "new employee"};

// True when the words just before `at` deny what follows: "it is the school's account, not a
// personal account", "this isn't my account". A denied personal cue says nothing about the holder.
bool negatedBefore(std::string_view lower, std::size_t at) {
  std::string_view before = lower.substr(0, at);
  for (std::string_view denial : {"not ", "not a ", "not an ", "not the ", "not my ", "n't ", "n't a ", "n't my ", "never ", "no "})
    if (before.size() >= denial.size() && before.substr(before.size() - denial.size()) == denial) return true;
  return false;
}

bool isCapitalisedWord(std::string_view w) {
  return w.size() >= 2 && std::isupper(static_cast<unsigned char>(w[0]));
}

// Spans [start, end) of organisation references in text[from, to): a capitalised word followed by
// an organisation noun, or one of kOrgPhrases.
std::vector<std::pair<std::size_t, std::size_t>> organisationMentions(std::string_view text, std::size_t from, std::size_t to) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  std::string_view prev, prev2;
  std::size_t prev2Start = 0, prevStart = 0;
  for (std::size_t i = from; i < to;) {
    if (!wordChar(text[i])) {
      ++i;
      continue;
    }
    std::size_t s = i;
    while (i < to && wordChar(text[i])) ++i;
    std::string_view word = text.substr(s, i - s);
    std::string_view noun = word;
    if (noun.size() > 2 && noun.substr(noun.size() - 2) == "'s") noun.remove_suffix(2);  // "Fenwick PTFA's bank"
    bool orgNoun = std::find(std::begin(kOrgNouns), std::end(kOrgNouns), noun) != std::end(kOrgNouns);
    if (orgNoun && isCapitalisedWord(prev) && toLowerAscii(prev) != "hi" && toLowerAscii(prev) != "dear")
      out.emplace_back(prevStart, i);
    if (prev2 == "Friends" && prev == "of" && isCapitalisedWord(word)) out.emplace_back(prev2Start, i);  // "Friends of Kingsmead"
    prev2 = prev, prev2Start = prevStart;
    prev = word, prevStart = s;
  }
  std::string lower = toLowerAscii(text.substr(from, to - from));
  for (std::string_view phrase : kOrgPhrases)
    for (auto p = lower.find(phrase); p != std::string::npos; p = lower.find(phrase, p + 1))
      out.emplace_back(from + p, from + p + phrase.size());
  return out;
}

}  // namespace

bool organisationHolderNear(std::string_view text, std::size_t pos, std::size_t window, std::size_t floor) {
  pos = std::min(pos, text.size());
  std::size_t from = pos > floor + window ? pos - window : floor;
  std::size_t to = std::min(text.size(), pos + window);
  std::string near = toLowerAscii(text.substr(from, to - from));
  for (std::string_view cue : kPersonalHolder)
    for (auto p = near.find(cue); p != std::string::npos; p = near.find(cue, p + 1))
      if (!negatedBefore(near, p)) return false;
  // The nearest holder wins: an organisation counts when no person's name stands between it and
  // the bank details ("Paid from | Kingsmead Community School / Sort code | ...", "to Kingsmead
  // Community School, sort code ..."; not "Oakfield Academy ... refund to Sharon Tomlinson: ...").
  for (auto [s, e] : organisationMentions(text, from, to)) {
    if (e <= pos && !nameWithin(text, e, pos)) return true;
    // After the details only on the same or the next line ("... 28612272 (Kingsmead Community
    // School)"): a signature's school name further down says who sent the mail, not whose account.
    std::string_view between = text.substr(pos, s >= pos ? s - pos : 0);
    if (s >= pos && std::count(between.begin(), between.end(), '\n') <= 1 && !nameWithin(text, pos, s)) return true;
  }
  return false;
}

}  // namespace aup
