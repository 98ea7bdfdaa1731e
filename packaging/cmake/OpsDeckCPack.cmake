# SPDX-FileCopyrightText: 2026 OpsDeck contributors
# SPDX-License-Identifier: Apache-2.0
#
# CPack setup for OpsDeck. Included once, from packaging/CMakeLists.txt, after
# every install() rule of the project has been declared.
#
# Two components become two packages:
#   Runtime -> opsdeck      (binaries, shared libraries, plugins, .qm, desktop files)
#   Devel   -> opsdeck-sdk  (SDK headers, namelinks, CMake package files)
# DEB is the generator CI exercises (tests/packaging); the others are listed
# only where they cannot break a plain `cpack` run.
include_guard(GLOBAL)

set(CPACK_PACKAGE_NAME "opsdeck")
set(CPACK_PACKAGE_VENDOR "OpsDeck contributors")
set(CPACK_PACKAGE_CONTACT "OpsDeck developers <dev@opsdeck.dev>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Operations console for on-call engineers")
set(CPACK_PACKAGE_DESCRIPTION
  "OpsDeck brings CI/CD pipelines, log search, secrets and capacity into one desktop console, \
with an offline local mode, a command-line tool (opsctl) and a plugin SDK for team extensions.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "OpsDeck")
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}/packages")
set(CPACK_VERBATIM_VARIABLES ON)

# --- Generators ---------------------------------------------------------------
if(APPLE)
  set(CPACK_GENERATOR "DragNDrop")
elseif(WIN32)
  set(CPACK_GENERATOR "ZIP")
  find_program(OPSDECK_WIX_CANDLE candle)
  if(OPSDECK_WIX_CANDLE)
    list(APPEND CPACK_GENERATOR "WIX")
  endif()
else()
  set(CPACK_GENERATOR "DEB" "TGZ")
  # A `cpack` without -G runs every listed generator and fails on a missing
  # tool, so RPM is only listed where rpmbuild exists.
  find_program(OPSDECK_RPMBUILD rpmbuild)
  if(OPSDECK_RPMBUILD)
    list(APPEND CPACK_GENERATOR "RPM")
  endif()
endif()

set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_PACKAGE_FILE_NAME "opsdeck-${PROJECT_VERSION}")
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/\\.cache/" "/build/" "\\.user$" "/compile_commands\\.json$")

# --- Components ---------------------------------------------------------------
# Only our two components: anything installed without a COMPONENT (a vendored
# dependency, a test helper) would otherwise become a stray "Unspecified" package.
set(CPACK_COMPONENTS_ALL Runtime Devel)
set(CPACK_COMPONENT_RUNTIME_DISPLAY_NAME "OpsDeck")
set(CPACK_COMPONENT_RUNTIME_DESCRIPTION "The opsdeck console, the opsctl tool and the bundled plugins.")
set(CPACK_COMPONENT_RUNTIME_REQUIRED ON)
set(CPACK_COMPONENT_DEVEL_DISPLAY_NAME "OpsDeck plugin SDK")
set(CPACK_COMPONENT_DEVEL_DESCRIPTION "Headers and CMake package files for building OpsDeck plugins.")
set(CPACK_COMPONENT_DEVEL_DEPENDS Runtime)

# --- DEB ----------------------------------------------------------------------
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)            # opsdeck_0.1.0-1_amd64.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "OpsDeck developers <dev@opsdeck.dev>")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)

set(CPACK_DEBIAN_RUNTIME_PACKAGE_NAME "opsdeck")
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SECTION admin)
# CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY on the first line of every
# component's Description, so these hold only the body, wrapped by hand.
set(CPACK_DEBIAN_RUNTIME_DESCRIPTION "\
OpsDeck brings CI/CD pipelines, log search, secrets and capacity into one
desktop console. An offline local mode works against local repositories and
files; the opsctl command-line tool runs the same commands from a terminal.
Teams extend it through a versioned plugin SDK (package opsdeck-sdk).")

set(CPACK_DEBIAN_DEVEL_PACKAGE_NAME "opsdeck-sdk")
set(CPACK_DEBIAN_DEVEL_PACKAGE_SECTION libdevel)
set(CPACK_DEBIAN_DEVEL_DESCRIPTION "\
This package holds the OpsDeck plugin SDK: headers, the CMake package
(find_package(OpsDeckSdk)) and the opsdeck_add_plugin() helper for building
OpsDeck plugins outside the OpsDeck source tree.")

# CPACK_COMPONENT_DEVEL_DEPENDS becomes "opsdeck (= <version>-<release>)"; the
# SDK headers include Qt's, so a plugin build also needs the Qt headers.
set(CPACK_DEBIAN_ENABLE_COMPONENT_DEPENDS ON)
set(CPACK_DEBIAN_DEVEL_PACKAGE_DEPENDS "qt6-base-dev")

# dpkg-shlibdeps computes the library dependencies (libqt6core6, libgit2, ...)
# of every ELF file in a package.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# It must also resolve our own libopsdeck-* libraries. CPack marks the staged
# package root (it creates a DEBIAN/ folder there), and dpkg-shlibdeps looks
# for each needed library inside that root first, under the RPATH of the file
# ($ORIGIN is expanded), under these extra directories and the system ones.
# While plugins and libraries carry the executables' RPATH ($ORIGIN/../lib/...),
# which does not lead to the library folder from where they sit, and whenever
# CMAKE_INSTALL_LIBDIR is not a system folder, only this entry lets it find
# them. The path is the installed one: /usr is the DEB generator's prefix.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS "/usr/${CMAKE_INSTALL_LIBDIR}")
# A DEBIAN/shlibs file lets packaged third-party plugins get a correct
# "Depends: opsdeck (>= ...)" from their own dpkg-shlibdeps run. CPack warns
# (a "dev" warning) once per plugin: MODULE libraries rightly have no SONAME.
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS_POLICY ">=")

# What dpkg-shlibdeps cannot see, because Qt loads it as a plugin at run time:
# the SQLite driver, the SVG icon engine, and the platform plugins. (On Debian 12
# the xcb, offscreen and EGL platform plugins ship in libqt6gui6, which
# shlibdeps already adds; qt6-qpa-plugins holds the remaining ones.)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_RUNTIME_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")

# --- RPM (listed only where rpmbuild exists; not exercised by CI) -------------
set(CPACK_RPM_COMPONENT_INSTALL ON)
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "Apache-2.0")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_RELEASE 1)
set(CPACK_RPM_RUNTIME_PACKAGE_NAME "opsdeck")
set(CPACK_RPM_DEVEL_PACKAGE_NAME "opsdeck-sdk")

# --- Archives: one relocatable tarball with both components -------------------
# (the binaries find their libraries through $ORIGIN, so it runs where unpacked)
set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)

include(CPack)
