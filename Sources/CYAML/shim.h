#ifndef VETTED_YAML_SHIM_H
#define VETTED_YAML_SHIM_H
#include <yaml.h>
#endif
