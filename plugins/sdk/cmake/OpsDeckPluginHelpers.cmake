# SPDX-FileCopyrightText: 2026 OpsDeck contributors
# SPDX-License-Identifier: Apache-2.0
#
# opsdeck_add_plugin(<id>
#   VERSION <x.y.z>                 the plugin's version (fills @PLUGIN_VERSION@)
#   [COMPAT_VERSION <x.y.z>]        oldest version it can stand in for (default: VERSION)
#   [METADATA <file.json.in>]       default: <id>.json.in beside the CMakeLists
#   [OUTPUT_DIRECTORY <dir>]        where the built module goes
#   [DEPENDS <targets>...]          linked privately (OpsDeck::Sdk is always linked)
#   SOURCES <files>...)
#
# One helper for in-tree and out-of-tree plugins. It configures the JSON
# metadata (so versions have one source), builds a Qt plugin module and
# installs it where the console looks (lib/<arch>/opsdeck/plugins).
include_guard(GLOBAL)
include(GNUInstallDirs)

if(NOT DEFINED OPSDECK_PLUGIN_INSTALL_DIR)
  set(OPSDECK_PLUGIN_INSTALL_DIR "${CMAKE_INSTALL_LIBDIR}/opsdeck/plugins")
endif()

function(opsdeck_add_plugin id)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "VERSION;COMPAT_VERSION;METADATA;OUTPUT_DIRECTORY" "DEPENDS;SOURCES")
  if(arg_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "opsdeck_add_plugin(${id}): unknown arguments: ${arg_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT id MATCHES "^[a-z][a-z0-9_]*$")
    message(FATAL_ERROR "opsdeck_add_plugin(${id}): the id must be lowercase letters, digits and '_'")
  endif()
  if(NOT arg_VERSION)
    message(FATAL_ERROR "opsdeck_add_plugin(${id}): VERSION is required")
  endif()
  if(NOT arg_SOURCES)
    message(FATAL_ERROR "opsdeck_add_plugin(${id}): SOURCES is required")
  endif()
  if(NOT arg_COMPAT_VERSION)
    set(arg_COMPAT_VERSION "${arg_VERSION}")
  endif()
  if(NOT arg_METADATA)
    set(arg_METADATA "${CMAKE_CURRENT_SOURCE_DIR}/${id}.json.in")
  endif()
  if(NOT EXISTS "${arg_METADATA}")
    message(FATAL_ERROR "opsdeck_add_plugin(${id}): metadata template ${arg_METADATA} not found")
  endif()

  # Variables the template may use.
  set(PLUGIN_ID "${id}")
  set(PLUGIN_VERSION "${arg_VERSION}")
  set(PLUGIN_COMPAT_VERSION "${arg_COMPAT_VERSION}")
  set(PLUGIN_SDK_VERSION "${OPSDECK_SDK_VERSION}")
  set(_json_dir "${CMAKE_CURRENT_BINARY_DIR}/${id}_metadata")
  configure_file("${arg_METADATA}" "${_json_dir}/${id}.json" @ONLY)
  # moc only warns about malformed JSON and builds a plugin without metadata,
  # which the console then refuses; catch it here, where the author is.
  file(READ "${_json_dir}/${id}.json" _json)
  string(JSON _json_id ERROR_VARIABLE _json_error GET "${_json}" Id)
  if(_json_error)
    message(FATAL_ERROR "opsdeck_add_plugin(${id}): ${arg_METADATA}: ${_json_error}")
  endif()
  if(NOT _json_id STREQUAL id)
    message(FATAL_ERROR "opsdeck_add_plugin(${id}): ${arg_METADATA}: \"Id\" is \"${_json_id}\", expected \"${id}\"")
  endif()

  add_library(${id} MODULE ${arg_SOURCES})
  # moc finds the FILE named in Q_PLUGIN_METADATA through the include path.
  target_include_directories(${id} PRIVATE "${_json_dir}")
  set_target_properties(${id} PROPERTIES
    AUTOMOC ON
    PREFIX ""
    OUTPUT_NAME "opsdeck_${id}"
    INSTALL_RPATH "$ORIGIN/../.."
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON)
  if(arg_OUTPUT_DIRECTORY)
    set_target_properties(${id} PROPERTIES LIBRARY_OUTPUT_DIRECTORY "${arg_OUTPUT_DIRECTORY}")
  elseif(DEFINED OPSDECK_PLUGIN_OUTPUT_DIR)
    set_target_properties(${id} PROPERTIES LIBRARY_OUTPUT_DIRECTORY "${OPSDECK_PLUGIN_OUTPUT_DIR}")
  endif()
  target_link_libraries(${id} PRIVATE OpsDeck::Sdk ${arg_DEPENDS})
  # In-tree, plugins follow the project's warning and Qt-define policy.
  if(TARGET opsdeck_options)
    target_link_libraries(${id} PRIVATE opsdeck_options opsdeck_warnings)
  endif()
  install(TARGETS ${id} LIBRARY DESTINATION "${OPSDECK_PLUGIN_INSTALL_DIR}" COMPONENT Runtime)
  set_property(GLOBAL APPEND PROPERTY OPSDECK_PLUGIN_TARGETS ${id})
endfunction()
