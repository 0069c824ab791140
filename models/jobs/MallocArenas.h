#pragma once

namespace steward {

// Each thread that allocates gets a heap arena of its own from glibc's malloc, and memory freed
// in an arena stays with it: a window whose views read on a dozen job threads grew to 150 MB
// resident on a large database although its heap never held 60 MB. One arena for every thread
// keeps that near 100 MB; the jobs contend little for it (they wait on the database far more
// than on malloc). Called first thing by each program; does nothing off glibc.
void limitMallocArenas();

} // namespace steward
