#pragma once
// Undoes the disguises senders use to keep words away from keyword rules, on valid UTF-8, before
// normaliseText() folds quotes and spaces. Each is a mechanism, not a word list:
//   - styled letters: Unicode mathematical bold/italic/script/double-struck/monospace letters and
//     digits, small capitals, fullwidth and circled letters read as the plain Latin letter;
//   - confusable letters: on a line where one word mixes Latin letters with Cyrillic or Greek
//     look-alikes ("ѕеnd"), every look-alike on that line reads as its Latin twin. A line that is
//     Cyrillic or Greek throughout (real Russian, Ukrainian, Greek text) is left alone;
//   - spaced letters: a line written one letter at a time ("S E N D   T H I S") loses the single
//     spaces, and the wider gaps become the word breaks;
//   - leet: on a line where several lowercase words swap letters for digits ("s3nd 1t 0n"), those
//     words read 0->o 1->i 3->e 4->a 5->s 7->t. Identifiers (upper case: UPNs, NI numbers,
//     postcodes), plain numbers and ordinals ("10th", "5pm") are never touched.
// Contract: the output is never longer than the input and has the same number of lines, so
// offsets per original line (normalised_text.h) still hold.

#include <string>
#include <string_view>

namespace aup {

// The text with the disguises above undone (valid UTF-8 in, valid UTF-8 out).
std::string undoObfuscation(std::string_view text);

}  // namespace aup
