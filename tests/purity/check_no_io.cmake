# check_no_io.cmake - fails when one of LIBS (static libraries) needs a symbol that only the
# edges may use: sockets and name lookup, libmilter (smfi_*), file streams and toml++'s file
# reader in FILE_FREE_LIBS (data files come through DataFiles), libclamav (cl_*), libmagic
# (magic_*). Run by ctest (purity.core_links_no_io) with -DNM=... -DLIBS=a.a;b.a -DFILE_FREE_LIBS=b.a.
cmake_policy(SET CMP0007 NEW)
set(forbidden
  "^(socket|connect|bind|listen|accept|accept4|getaddrinfo|gethostbyname|sendto|recvfrom|sendmsg|recvmsg)$"
  "^smfi_"
  "^cl_"
  "^magic_")
# The policies and the decision step also open no files: their data files come through
# DataFiles (the engine reads a spooled message, and config/ its own file, by design).
set(file_patterns "basic_ifstream|basic_ofstream|basic_fstream|^fopen$|^fopen64$|parse_file")
set(failures "")
foreach(lib IN LISTS LIBS)
  execute_process(COMMAND ${NM} --undefined-only --format=just-symbols ${lib}
                  OUTPUT_VARIABLE symbols RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "nm failed on ${lib}")
  endif()
  string(REPLACE "\n" ";" symbols "${symbols}")
  list(REMOVE_DUPLICATES symbols)
  list(LENGTH symbols count)
  if(count LESS 10)
    message(FATAL_ERROR "${lib}: only ${count} undefined symbols read; the check would prove nothing")
  endif()
  set(patterns ${forbidden})
  foreach(no_files IN LISTS FILE_FREE_LIBS)
    if(lib STREQUAL no_files)
      list(APPEND patterns "${file_patterns}")
    endif()
  endforeach()
  foreach(symbol IN LISTS symbols)
    foreach(pattern IN LISTS patterns)
      if(symbol MATCHES "${pattern}")
        get_filename_component(name ${lib} NAME)
        list(APPEND failures "${name}: ${symbol}")
      endif()
    endforeach()
  endforeach()
endforeach()
if(failures)
  list(JOIN failures "\n  " text)
  message(FATAL_ERROR "core libraries link I/O that belongs at the edge (milter/, adapters/):\n  ${text}")
endif()
list(LENGTH LIBS n)
message(STATUS "${n} core libraries link no socket, libmilter, libclamav or libmagic symbol")
