#ifndef CGSL_SHIM_H
#define CGSL_SHIM_H
// Only the GSL headers Uptake calls; GSLSupport is the one module that imports this.
#include <gsl/gsl_errno.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_statistics_double.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_sf_gamma.h>
#include <gsl/gsl_sf_psi.h>
#include <gsl/gsl_multifit.h>
#endif
