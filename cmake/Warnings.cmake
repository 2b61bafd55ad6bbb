# Warnings are errors on our code only; imported targets give -isystem for library headers.
add_library(aup_warnings INTERFACE)
target_compile_options(aup_warnings INTERFACE -Wall -Wextra -Wpedantic -Werror)
