<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Backend</name>
    <message>
        <location filename="../backend-clients/api/src/backend.cpp" line="+38"/>
        <source>Log store</source>
        <translation>Log-Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret store</source>
        <translation>Secret-Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline engine</source>
        <translation>Pipeline-Engine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics source</source>
        <translation>Metrikquelle</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/commands.cpp" line="+38"/>
        <source>opsctl: warning: %1</source>
        <translation>opsctl: Warnung: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No plugin files found in: %1</source>
        <translation>Keine Plugin-Dateien gefunden in: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>opsctl: %1 (create it with &apos;opsctl workspace init&apos; or by starting opsdeck)</source>
        <translation>opsctl: %1 (mit &apos;opsctl workspace init&apos; oder durch Starten von opsdeck anlegen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+51"/>
        <location filename="../app/cli/main.cpp" line="+57"/>
        <source>opsctl: %1</source>
        <translation>opsctl: %1</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>FIELD</source>
        <translation>FELD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Created workspace %1</source>
        <translation>Arbeitsbereich %1 angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workspace %1 already exists</source>
        <translation>Arbeitsbereich %1 existiert bereits</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="-30"/>
        <source>Usage: opsctl [--workspace DIR] [--json] COMMAND [ARGS]

Commands:
  plugins list [--check] [--no-load]  every plugin file found, loaded or not, with the reason
                                      for each refused one
  workspace info                      the workspace, its profile and its backends
  workspace init [--demo]             create the workspace (--demo: as a demo workspace)

Options:
  --workspace DIR  the workspace folder (else $OPSDECK_WORKSPACE, else the default)
  --json           machine-readable output
  --check          with &apos;plugins list&apos;: exit 4 if any plugin was refused
  --no-load        with &apos;plugins list&apos;: read metadata only, run no plugin code
  --demo           with &apos;workspace init&apos;: mark it as a demo workspace
  -h, --help       this help
  -v, --version    the version

Exit codes: 0 ok, 1 failed, 2 usage, 3 workspace cannot be opened, 4 plugin problems.
See docs/cli.md for the full reference.</source>
        <translation>Aufruf: opsctl [--workspace DIR] [--json] COMMAND [ARGS]

Befehle:
  plugins list [--check] [--no-load]  alle gefundenen Plugin-Dateien, geladen oder nicht, mit
                                      dem Grund für jedes abgelehnte Plugin
  workspace info                      der Arbeitsbereich, sein Profil und seine Backends
  workspace init [--demo]             den Arbeitsbereich anlegen (--demo: als
                                      Demo-Arbeitsbereich)

Optionen:
  --workspace DIR  der Arbeitsbereichsordner (sonst $OPSDECK_WORKSPACE, sonst der Standard)
  --json           maschinenlesbare Ausgabe
  --check          mit &apos;plugins list&apos;: Exit-Code 4, wenn ein Plugin abgelehnt wurde
  --no-load        mit &apos;plugins list&apos;: nur Metadaten lesen, keinen Plugin-Code ausführen
  --demo           mit &apos;workspace init&apos;: als Demo-Arbeitsbereich markieren
  -h, --help       diese Hilfe
  -v, --version    die Version

Exit-Codes: 0 OK, 1 fehlgeschlagen, 2 falscher Aufruf, 3 Arbeitsbereich nicht zu öffnen,
            4 Plugin-Probleme.
Die vollständige Referenz steht in docs/cli.md.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Run &apos;opsctl --help&apos; for usage.</source>
        <translation>Hinweise zum Aufruf: &apos;opsctl --help&apos;.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>--workspace needs a folder</source>
        <translation>--workspace benötigt einen Ordner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--%1 only applies to &apos;%2&apos;</source>
        <translation>--%1 gilt nur für &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; needs a command</source>
        <translation>&apos;%1&apos; benötigt einen Befehl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown command &apos;%1 %2&apos;</source>
        <translation>unbekannter Befehl &apos;%1 %2&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../app/console/aboutdialog.cpp" line="+24"/>
        <location filename="../app/console/mainwindow.cpp" line="+182"/>
        <source>About OpsDeck</source>
        <translation>Über OpsDeck</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;h2&gt;OpsDeck %1&lt;/h2&gt;&lt;p&gt;The operations console for on-call engineers: pipelines, logs, secrets and capacity in one window, offline or against your team&apos;s systems.&lt;/p&gt;&lt;p&gt;Plugin SDK %2 · Qt %3&lt;/p&gt;&lt;p&gt;Workspace: %4&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;OpsDeck %1&lt;/h2&gt;&lt;p&gt;Die Betriebskonsole für den Bereitschaftsdienst: Pipelines, Logs, Secrets und Kapazität in einem Fenster, offline oder verbunden mit den Systemen des eigenen Teams.&lt;/p&gt;&lt;p&gt;Plugin-SDK %2 · Qt %3&lt;/p&gt;&lt;p&gt;Arbeitsbereich: %4&lt;/p&gt;&lt;p&gt;Lizenziert unter der Apache License 2.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/console/pluginsdialog.cpp" line="+178"/>
        <location filename="../app/console/settingsdialog.cpp" line="+36"/>
        <location filename="../app/console/statusbarhost.cpp" line="+200"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/console/commandpalette.cpp" line="+193"/>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a command…</source>
        <translation>Befehl eingeben …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="+72"/>
        <source>Operations console for on-call engineers.</source>
        <translation>Betriebskonsole für den Bereitschaftsdienst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the workspace in DIR (else $OPSDECK_WORKSPACE, else the default).</source>
        <translation>Den Arbeitsbereich in DIR öffnen (sonst $OPSDECK_WORKSPACE, sonst den Standard).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create the workspace as a demo workspace.</source>
        <translation>Den Arbeitsbereich als Demo-Arbeitsbereich anlegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use LANG (&quot;en&quot;, &quot;de&quot;) instead of the saved setting.</source>
        <translation>LANG (&quot;en&quot;, &quot;de&quot;) statt der gespeicherten Einstellung verwenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the milliseconds to the first painted window, then quit (for benchmarks).</source>
        <translation>Die Millisekunden bis zum ersten gezeichneten Fenster ausgeben, dann beenden (für Benchmarks).</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="-125"/>
        <source>OpsDeck</source>
        <translation>OpsDeck</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+224"/>
        <location filename="../app/console/notificationspanel.cpp" line="+49"/>
        <location filename="../app/console/statusbarhost.cpp" line="+41"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location line="-155"/>
        <location filename="../app/console/overviewpanel.cpp" line="+64"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workspace, profile and the state of every backend</source>
        <translation>Arbeitsbereich, Profil und der Zustand jedes Backends</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show Command Palette</source>
        <translation>Befehlspalette anzeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+48"/>
        <source>Find and run any command</source>
        <translation>Beliebigen Befehl suchen und ausführen</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>About Plugins</source>
        <translation>Über Plugins</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every plugin found, its state and why a plugin was refused</source>
        <translation>Alle gefundenen Plugins, ihr Status und warum ein Plugin abgelehnt wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/console/settingsdialog.cpp" line="-12"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language and other preferences</source>
        <translation>Sprache und weitere Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version, SDK and workspace</source>
        <translation>Version, SDK und Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Toggle Notifications</source>
        <translation>Benachrichtigungen ein-/ausblenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show or hide the notification list</source>
        <translation>Benachrichtigungsliste ein- oder ausblenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear Notifications</source>
        <translation>Benachrichtigungen löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove every notification</source>
        <translation>Alle Benachrichtigungen entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close OpsDeck</source>
        <translation>OpsDeck schließen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the backends come from: the local workspace or a remote system</source>
        <translation>Woher die Backends stammen: der lokale Arbeitsbereich oder ein entferntes System</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Commands…  %1</source>
        <translation>Befehle …  %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Go to %1</source>
        <translation>Gehe zu %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>unknown exception</source>
        <translation>unbekannte Ausnahme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The view &quot;%1&quot; could not be opened: %2</source>
        <translation>Die Ansicht &quot;%1&quot; konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its plugin returned no widget</source>
        <translation>das zugehörige Plugin hat kein Widget geliefert</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>(no profile)</source>
        <translation>(kein Profil)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot switch profile</source>
        <translation>Profil kann nicht gewechselt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Switched to profile &quot;%1&quot;</source>
        <translation>Zu Profil &quot;%1&quot; gewechselt</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%n plugin(s) could not be loaded</source>
        <translation>
            <numerusform>%n Plugin konnte nicht geladen werden</numerusform>
            <numerusform>%n Plugins konnten nicht geladen werden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. See Help › About Plugins for the reasons.</source>
        <translation>%1. Die Gründe stehen unter Hilfe › Über Plugins.</translation>
    </message>
    <message>
        <location filename="../app/console/notificationspanel.cpp" line="-29"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Clear all</source>
        <translation>Alle löschen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No notifications.</source>
        <translation>Keine Benachrichtigungen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <location filename="../app/console/overviewpanel.cpp" line="-19"/>
        <location filename="../app/console/statusbarhost.cpp" line="-191"/>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/console/statusbarhost.cpp" line="+1"/>
        <source>degraded</source>
        <translation>eingeschränkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/console/statusbarhost.cpp" line="+1"/>
        <source>unhealthy</source>
        <translation>gestört</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>health unknown</source>
        <translation>Zustand unbekannt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backends of this profile</source>
        <translation>Backends dieses Profils</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../app/console/pluginsdialog.cpp" line="-131"/>
        <source>Plugins</source>
        <translation>Plugins</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show plugin details…</source>
        <translation>Plugin-Details anzeigen …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Press Ctrl+K to find any command.</source>
        <translation>Strg+K drücken, um einen beliebigen Befehl zu finden.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Some things need your attention:</source>
        <translation>Einiges erfordert Aufmerksamkeit:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen by: %1</source>
        <translation>Festgelegt durch: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a demo workspace.</source>
        <translation>Dies ist ein Demo-Arbeitsbereich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No workspace is open, so no local backends can run. Start OpsDeck with --workspace DIR to use another folder.</source>
        <translation>Kein Arbeitsbereich ist geöffnet, daher können keine lokalen Backends laufen. Starten Sie OpsDeck mit --workspace DIR, um einen anderen Ordner zu verwenden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not available in this profile</source>
        <translation>In diesem Profil nicht verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No profile is active</source>
        <translation>Kein Profil ist aktiv</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n läuft</numerusform>
            <numerusform>%n laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n disabled</source>
        <translation>
            <numerusform>%n deaktiviert</numerusform>
            <numerusform>%n deaktiviert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/console/pluginsdialog.cpp" line="-11"/>
        <source>Installed Plugins</source>
        <translation>Installierte Plugins</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+122"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+120"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+138"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Plugin details</source>
        <translation>Plugin-Details</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changes to enabled plugins take effect when OpsDeck is restarted.</source>
        <translation>Änderungen an aktivierten Plugins werden nach einem Neustart von OpsDeck wirksam.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Searched: %1</source>
        <translation>Durchsucht: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Uncheck to disable this plugin from the next start on</source>
        <translation>Haken entfernen, um dieses Plugin ab dem nächsten Start zu deaktivieren</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not loaded:</source>
        <translation>Nicht geladen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compatible back to</source>
        <translation>Kompatibel zurück bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built against SDK</source>
        <translation>Gebaut gegen SDK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 (optional)</source>
        <translation>%1 %2 (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs backends</source>
        <translation>Benötigt Backends</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../app/console/settingsdialog.cpp" line="+3"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings file:</source>
        <translation>Einstellungsdatei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workspace:</source>
        <translation>Arbeitsbereich:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new language applies when OpsDeck is restarted.</source>
        <translation>Eine neue Sprache wird nach einem Neustart von OpsDeck wirksam.</translation>
    </message>
    <message>
        <location filename="../app/console/statusbarhost.cpp" line="+3"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel this task</source>
        <translation>Diese Aufgabe abbrechen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Show notifications (Ctrl+Shift+N)</source>
        <translation>Benachrichtigungen anzeigen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1: not available in profile &quot;%2&quot;</source>
        <translation>%1: im Profil &quot;%2&quot; nicht verfügbar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n weitere)</numerusform>
            <numerusform>%1 (+%n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notifications: %1</source>
        <translation>Benachrichtigungen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Notifications: %n unread</source>
        <translation>
            <numerusform>Benachrichtigungen: %n ungelesen</numerusform>
            <numerusform>Benachrichtigungen: %n ungelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <location filename="../app/core/appcontext.cpp" line="+99"/>
        <source>Cannot open the workspace (from %1): %2</source>
        <translation>Der Arbeitsbereich kann nicht geöffnet werden (festgelegt durch %1): %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <location filename="../app/core/profilestore.cpp" line="+123"/>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/core/jsonerror.cpp" line="+54"/>
        <location line="+4"/>
        <source>The file is not valid JSON.</source>
        <translation>Die Datei enthält kein gültiges JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected an object at the top level</source>
        <translation>auf oberster Ebene wurde ein Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../app/core/localprovider.cpp" line="+20"/>
        <source>The workspace folder of profile &quot;%1&quot; does not exist.</source>
        <translation>Der Arbeitsbereichsordner des Profils &quot;%1&quot; existiert nicht.</translation>
    </message>
    <message>
        <location filename="../app/core/profilestore.cpp" line="-76"/>
        <source>Local workspace</source>
        <translation>Lokaler Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>A profile id must be lowercase letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>Eine Profil-ID darf nur aus Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;-&apos; oder &apos;_&apos; bestehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local profile cannot be replaced.</source>
        <translation>Das lokale Profil kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A profile needs a kind.</source>
        <translation>Ein Profil benötigt einen Typ.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The local profile cannot be removed.</source>
        <translation>Das lokale Profil kann nicht entfernt werden.</translation>
    </message>
    <message>
        <location filename="../app/core/settingsfile.cpp" line="+133"/>
        <source>Cannot read the settings file.</source>
        <translation>Die Einstellungsdatei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The settings file is damaged.</source>
        <translation>Die Einstellungsdatei ist beschädigt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The settings file was damaged. It was kept as %1 and OpsDeck started with default settings.</source>
        <translation>Die Einstellungsdatei war beschädigt. Sie wurde als %1 aufbewahrt, und OpsDeck wurde mit den Standardeinstellungen gestartet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings file is damaged and could not be moved aside; settings will not be saved this session.</source>
        <translation>Die Einstellungsdatei ist beschädigt und konnte nicht beiseitegelegt werden; in dieser Sitzung werden keine Einstellungen gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/core/workspace.cpp" line="+41"/>
        <source>Cannot write the workspace manifest.</source>
        <translation>Das Arbeitsbereichsmanifest kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the workspace manifest.</source>
        <translation>Das Arbeitsbereichsmanifest kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>The workspace manifest is damaged; it was left as it is.</source>
        <translation>Das Arbeitsbereichsmanifest ist beschädigt; es wurde unverändert gelassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>field &quot;format&quot; must be a positive whole number</source>
        <translation>Feld &quot;format&quot; muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This workspace was made by a newer OpsDeck (format %1; this version reads up to %2).</source>
        <translation>Dieser Arbeitsbereich wurde von einer neueren OpsDeck-Version angelegt (Format %1; diese Version liest bis Format %2).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot write to the workspace folder.</source>
        <translation>In den Arbeitsbereichsordner kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No workspace folder given.</source>
        <translation>Kein Arbeitsbereichsordner angegeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workspace path is not a folder.</source>
        <translation>Der Arbeitsbereichspfad ist kein Ordner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a file</source>
        <translation>es ist eine Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace folder does not exist.</source>
        <translation>Der Arbeitsbereichsordner existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot create the workspace folder.</source>
        <translation>Der Arbeitsbereichsordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the parent is missing, not a folder or not writable</source>
        <translation>der übergeordnete Ordner fehlt, ist kein Ordner oder ist nicht beschreibbar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read the workspace folder.</source>
        <translation>Der Arbeitsbereichsordner kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The folder is not an OpsDeck workspace.</source>
        <translation>Der Ordner ist kein OpsDeck-Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>Hello</name>
    <message>
        <location filename="../plugins/examples/hello/hellopanel.cpp" line="+24"/>
        <source>Hello, on-call engineer</source>
        <translation>Hallo, Bereitschaftsdienst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This panel comes from the example plugin. It shows what a plugin can do through the SDK: a panel, commands in the palette (press Ctrl+K), a status bar item, notifications, settings and long tasks that can be cancelled.</source>
        <translation>Dieses Panel stammt aus dem Beispiel-Plugin. Es zeigt, was ein Plugin über das SDK kann: ein Panel, Befehle in der Befehlspalette (Strg+K drücken), ein Element in der Statusleiste, Benachrichtigungen, Einstellungen und lange Aufgaben, die sich abbrechen lassen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say hello</source>
        <translation>Hallo sagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run a long task</source>
        <translation>Lange Aufgabe ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: counted to %1.</source>
        <translation>Fertig: bis %1 gezählt.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Counting to 100</source>
        <translation>Zählen bis 100</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of 100</source>
        <translation>%1 von 100</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not available</source>
        <translation>%1: nicht verfügbar</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugins/examples/hello/helloplugin.cpp" line="+23"/>
        <source>Hello: %n greeting(s)</source>
        <translation>
            <numerusform>Hallo: %n Gruß</numerusform>
            <numerusform>Hallo: %n Grüße</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greetings sent by the Hello example plugin. Click to greet again.</source>
        <translation>Vom Beispiel-Plugin Hello gesendete Grüße. Klicken, um erneut zu grüßen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hello from the example plugin</source>
        <translation>Hallo vom Beispiel-Plugin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is greeting number %1.</source>
        <translation>Dies ist Gruß Nummer %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say Hello</source>
        <translation>Hallo sagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <location line="+8"/>
        <source>Hello</source>
        <translation>Hello</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Post a greeting to the notification list</source>
        <translation>Einen Gruß in die Benachrichtigungsliste stellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open Hello Panel</source>
        <translation>Hello-Panel öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the example plugin&apos;s panel</source>
        <translation>Das Panel des Beispiel-Plugins anzeigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The example plugin&apos;s panel</source>
        <translation>Das Panel des Beispiel-Plugins</translation>
    </message>
</context>
<context>
    <name>Sdk</name>
    <message>
        <location filename="../plugins/sdk/src/pluginspec.cpp" line="+40"/>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Aufgelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loaded</source>
        <translation>Geladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initialized</source>
        <translation>Initialisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>metadata key &quot;%1&quot; is missing</source>
        <translation>Metadatenschlüssel &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>metadata key &quot;%1&quot; must be a string</source>
        <translation>Metadatenschlüssel &quot;%1&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>metadata key &quot;%1&quot; is empty</source>
        <translation>Metadatenschlüssel &quot;%1&quot; ist leer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>metadata key &quot;%1&quot;: &quot;%2&quot; is not a version (expected MAJOR[.MINOR[.PATCH]])</source>
        <translation>Metadatenschlüssel &quot;%1&quot;: &quot;%2&quot; ist keine Versionsnummer (erwartet: MAJOR[.MINOR[.PATCH]])</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <location filename="../backend-clients/api/src/backendregistry.cpp" line="+48"/>
        <source>The profile has no id or kind.</source>
        <translation>Dem Profil fehlt die ID oder der Typ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No backend provider for profiles of kind &quot;%1&quot;.</source>
        <translation>Kein Backend-Provider für Profile vom Typ &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../plugins/sdk/src/commandregistry.cpp" line="+41"/>
        <source>A command needs an id.</source>
        <translation>Ein Befehl benötigt eine ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command &quot;%1&quot; has no handler.</source>
        <translation>Befehl &quot;%1&quot; hat keinen Handler.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A command with the id &quot;%1&quot; is already registered.</source>
        <translation>Ein Befehl mit der ID &quot;%1&quot; ist bereits registriert.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>There is no command &quot;%1&quot;.</source>
        <translation>Es gibt keinen Befehl &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not available right now.</source>
        <translation>&quot;%1&quot; ist derzeit nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>&quot;%1&quot; failed.</source>
        <translation>&quot;%1&quot; ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../plugins/sdk/src/pluginmanager.cpp" line="+119"/>
        <source>dependency cycle: %1</source>
        <translation>Abhängigkeitszyklus: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>missing dependency &quot;%1&quot; (version %2)</source>
        <translation>fehlende Abhängigkeit &quot;%1&quot; (Version %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>requires &quot;%1&quot;, which is disabled</source>
        <translation>erfordert &quot;%1&quot;, das deaktiviert ist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>requires &quot;%1&quot; version %2, but version %3 (compatible back to %4) is installed</source>
        <translation>erfordert &quot;%1&quot; in Version %2, installiert ist aber Version %3 (kompatibel zurück bis %4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+64"/>
        <source>dependency &quot;%1&quot; failed: %2</source>
        <translation>Abhängigkeit &quot;%1&quot; ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>duplicate id &quot;%1&quot;: already provided by %2</source>
        <translation>doppelte ID &quot;%1&quot;: bereits bereitgestellt von %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>loading threw an exception: %1</source>
        <translation>beim Laden wurde eine Ausnahme ausgelöst: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>loading threw an exception</source>
        <translation>beim Laden wurde eine Ausnahme ausgelöst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot load the library: %1</source>
        <translation>die Bibliothek kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the plugin object does not implement OpsDeck::Sdk::IPlugin</source>
        <translation>das Plugin-Objekt implementiert OpsDeck::Sdk::IPlugin nicht</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>initialisation threw an exception: %1</source>
        <translation>bei der Initialisierung wurde eine Ausnahme ausgelöst: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>initialisation threw an exception</source>
        <translation>bei der Initialisierung wurde eine Ausnahme ausgelöst</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>extensionsInitialized() threw an exception: %1</source>
        <translation>extensionsInitialized() hat eine Ausnahme ausgelöst: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>extensionsInitialized() threw an exception</source>
        <translation>extensionsInitialized() hat eine Ausnahme ausgelöst</translation>
    </message>
    <message>
        <location filename="../plugins/sdk/src/pluginspec.cpp" line="+23"/>
        <source>not a Qt plugin: the file has no plugin metadata</source>
        <translation>kein Qt-Plugin: die Datei enthält keine Plugin-Metadaten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>built for SDK major version %1, but this console provides SDK %2</source>
        <translation>für SDK-Hauptversion %1 gebaut, diese Konsole stellt aber SDK %2 bereit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not an OpsDeck plugin (interface &quot;%1&quot;)</source>
        <translation>kein OpsDeck-Plugin (Schnittstelle &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the plugin&apos;s JSON metadata is missing or empty</source>
        <translation>die JSON-Metadaten des Plugins fehlen oder sind leer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>metadata key &quot;Id&quot;: &quot;%1&quot; must be lowercase letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, starting with a letter</source>
        <translation>Metadatenschlüssel &quot;Id&quot;: &quot;%1&quot; darf nur aus Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;-&apos; oder &apos;_&apos; bestehen und muss mit einem Buchstaben beginnen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>metadata key &quot;CompatVersion&quot; (%1) is newer than &quot;Version&quot; (%2)</source>
        <translation>Metadatenschlüssel &quot;CompatVersion&quot; (%1) ist neuer als &quot;Version&quot; (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>metadata key &quot;Dependencies&quot; must be an array</source>
        <translation>Metadatenschlüssel &quot;Dependencies&quot; muss ein Array sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>metadata key &quot;%1&quot; must be an object</source>
        <translation>Metadatenschlüssel &quot;%1&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>metadata key &quot;%1Type&quot;: &quot;%2&quot; must be &quot;required&quot; or &quot;optional&quot;</source>
        <translation>Metadatenschlüssel &quot;%1Type&quot;: &quot;%2&quot; muss &quot;required&quot; oder &quot;optional&quot; sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>metadata key &quot;%1Id&quot;: a plugin cannot depend on itself</source>
        <translation>Metadatenschlüssel &quot;%1Id&quot;: Ein Plugin kann nicht von sich selbst abhängen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>metadata key &quot;Capabilities&quot; must be an array of strings</source>
        <translation>Metadatenschlüssel &quot;Capabilities&quot; muss ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>metadata key &quot;Capabilities[%1]&quot; must be a string</source>
        <translation>Metadatenschlüssel &quot;Capabilities[%1]&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>metadata key &quot;Capabilities[%1]&quot;: unknown capability &quot;%2&quot; (known: %3)</source>
        <translation>Metadatenschlüssel &quot;Capabilities[%1]&quot;: unbekannte Fähigkeit &quot;%2&quot; (bekannt: %3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>built against SDK %1, but this console provides SDK %2</source>
        <translation>gegen SDK %1 gebaut, diese Konsole stellt aber SDK %2 bereit</translation>
    </message>
    <message>
        <location filename="../plugins/sdk/src/viewregistry.cpp" line="+37"/>
        <source>A view needs an id.</source>
        <translation>Eine Ansicht benötigt eine ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View &quot;%1&quot; has no factory.</source>
        <translation>Ansicht &quot;%1&quot; hat keine Factory.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A view with the id &quot;%1&quot; is already registered.</source>
        <translation>Eine Ansicht mit der ID &quot;%1&quot; ist bereits registriert.</translation>
    </message>
</context>
</TS>
