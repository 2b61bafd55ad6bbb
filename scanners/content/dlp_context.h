#pragma once
// Context a data-protection officer reads around personal data, for dlp-unencrypted:
//   - person names (two capitalised words, "Clarke, Jayden", "Mr Quinn") near a value;
//   - dates that can be dates of birth (a real date 3 to 100 years before the message was sent);
//   - the organisation's own bank details ("the school fund", "our BACS details"), which are
//     not personal data.
// Pure functions over the paragraph view; no allocation beyond the words they look at.

#include <cstddef>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "scanners/content/validators/validators.h"

namespace aup {

// True when a person's name ends within `window` characters before `pos` (not before `floor`)
// or starts on the same line after `pos` within `window` characters.
bool nameNear(std::string_view text, std::size_t pos, std::size_t window, std::size_t floor);

// True when text[from, to) holds a person's name as nameNear() reads one ("Jayden Clarke",
// "Clarke, Jayden", "Mr Quinn", "n. williams").
bool nameWithin(std::string_view text, std::size_t from, std::size_t to);

// True when a list row opens with a person's initials as its label ("AC - asthma", "J.O.: coeliac",
// "- RG, type 1 diabetes"): two or three capitals, then a dash, colon, comma or tab. Acronyms that
// label a topic (SEN, EAL, PE, ASD ...) are not initials.
bool rowStartsWithInitials(std::string_view row);

// True when a list row is about staff and services rather than a person's own health: training,
// courses, awareness sessions, thanks, roles ("Tom Bradshaw - asthma training", "SENCo: Priya Raman").
bool rowAboutRoleOrTraining(std::string_view row);

// True when the line holding `pos` (not before `floor`) names its person with a placeholder before
// `pos` ("TESTPUPIL, Dummy01", "Testpupil,Alpha", "Joe Bloggs", "Jane Doe"): the made-up records of
// an import template or a test file for the MIS vendor are nobody's personal data. A real pupil's
// row holds a real name there; "test" elsewhere on the line ("John Lee, test group") does not count.
bool placeholderPersonBefore(std::string_view text, std::size_t pos, std::size_t floor);

// True when the words just before the date at `pos` (same line, not before `floor`) say what else
// it is: the day someone joined, was appointed, married, qualified, left or had a check ("Mrs Holt -
// joined 01/09/2008", "appointed 12/09/1950", "DBS checked 03/02/2019"). A birth cue nearer the date
// ("DOB", "born") wins. A long-service list or a history of past heads is not a list of births.
bool eventDateBefore(std::string_view text, std::size_t pos, std::size_t floor);

// True when the line that introduces the list holding `pos` (the nearest line above ending in ':',
// not before `floor`) names event dates and no births: an event word within five words of "date(s)"
// ("the dates they joined us:", "start dates:", "Dates are when each was presented:").
// "Children joining Reception:" names no dates, so the dates under it may still be births. A short
// header row above the rows ("Name Role Start date": the body's tabs are folded to spaces) is read
// as headerLabelsEventDates reads one.
// `memo` (optional, per message text) remembers each row's answer: a list of N rows costs N steps.
using ListIntroMemo = std::unordered_map<std::size_t, std::pair<bool, std::size_t>>;  // row -> (answer, deciding line end)
bool listIntroducedAsEventDates(std::string_view text, std::size_t pos, std::size_t floor, ListIntroMemo* memo = nullptr);

// True when a birth cue stands in the two words before the date at `pos` ("born 8 January 2024",
// "DOB: 03/03/2024"): then a date under three years old is a birth too (a nursery intake list),
// not this year's event.
bool birthCueJustBefore(std::string_view text, std::size_t pos, std::size_t floor);

// True when a table's header row (lower case) labels event dates (start, joined, appointed, DBS,
// training, expiry ...) and no date of birth: its dates are not births.
bool headerLabelsEventDates(std::string_view header);

// True when a card number (digits only) is one of the card networks' and payment providers'
// published test numbers ("4242 4242 4242 4242", "4111 1111 1111 1111") or is as regular as one
// (one or two digits repeated after the issuer digit): an IT ticket about a payments sandbox quotes
// them, and no one holds them. The validator still calls them valid (their check digits are).
bool publishedTestCard(std::string_view digits);

// True when the paragraph around `pos` (not before `floor`) is about public figures: a
// biography, authors, scientists, historical people ("Malorie Blackman was born on ..."). Their
// dates of birth are published facts, not a list of the school's people.
bool publicFigureContext(std::string_view text, std::size_t pos, std::size_t floor);

// The calendar date of an RFC 5322 Date header ("Sat, 16 Mar 2024 10:17:00 +0000"); nullopt when
// it cannot be read.
std::optional<CalendarDate> parseMailDate(std::string_view header);

// True when `date` can be a living person's date of birth in a message sent on `sent`: at least
// 3 and at most 100 years before it. XXX 3 years: a school's pupils are 3 or older; nearer dates
// are events (trips, fixtures, diary dates) far more often than the births of toddlers.
bool plausibleBirthDate(const CalendarDate& date, const CalendarDate& sent);

// True when the words just before `pos` (within `window`, not before `floor`) say the account
// belongs to the organisation ("school fund", "the school's BACS details", "account name ... School").
bool organisationAccountNear(std::string_view text, std::size_t pos, std::size_t window, std::size_t floor);

// True when the nearest holder named around bank details at `pos` (within `window` either side,
// not before `floor`) is an organisation: a proper name ending in an organisation noun
// ("Kingsmead Community School", "Friends of Kingsmead", "Valley Learning Trust") or the
// organisation's own possessive ("the school's details", "our account"), with no person's name
// between it and the details, and no word saying the account is a person's ("my/her account",
// "in the name of", salary, payroll, pension, expenses). Part of organisationAccountNear.
bool organisationHolderNear(std::string_view text, std::size_t pos, std::size_t window, std::size_t floor);

}  // namespace aup
