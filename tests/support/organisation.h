#pragma once
// The organisation every unit test works in (the same one as config/aup-milter.toml and the
// corpus): staff at school.example, learners at students.school.example. Tests add what they
// need (send-as rights, trusted networks) to the copy they get.

#include "engine/organisation.h"

namespace aup::test {

inline Organisation schoolOrganisation() {
  Organisation org;
  org.name = "Example School";
  org.internalDomains = {"school.example"};
  org.learnerDomains = {"students.school.example"};
  org.postmaster = "postmaster@school.example";
  return org;
}

}  // namespace aup::test
