// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "localprovider.h"

#include "coretr.h"

#include <opsdeck/api/backendregistry.h>

#include <QFileInfo>

namespace OpsDeck::Core {

void registerLocalProvider(Backend::BackendRegistry &registry)
{
    registry.registerProvider(QString::fromLatin1(Backend::Profile::kLocalKind),
                              [](const Backend::Profile &profile)
                                  -> Result<std::vector<std::unique_ptr<Backend::IBackend>>> {
                                  if (!QFileInfo(profile.workspace).isDir()) {
                                      return fail(ErrorCode::NotFound,
                                                  Tr::tr("The workspace folder of profile \"%1\" does not exist.")
                                                      .arg(profile.name),
                                                  profile.workspace);
                                  }
                                  // TODO(#3, #4, #5, #6): the embedded log store, vault,
                                  // pipeline engine and metrics store are created here.
                                  return std::vector<std::unique_ptr<Backend::IBackend>>{};
                              });
}

} // namespace OpsDeck::Core
