<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Backend</name>
    <message>
        <location filename="../backend-clients/api/src/backend.cpp" line="+40"/>
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
    <message>
        <location filename="../backend-clients/api/src/secretstore.cpp" line="+82"/>
        <source>This secret store cannot %1.</source>
        <translation>Dieser Secret-Speicher unterstützt das nicht: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>create a vault</source>
        <translation>einen Vault anlegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unlock with the system keyring</source>
        <translation>mit dem Schlüsselbund des Systems entsperren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>turn on quick unlock</source>
        <translation>die Schnellentsperrung einschalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>turn off quick unlock</source>
        <translation>die Schnellentsperrung ausschalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>show metadata</source>
        <translation>Metadaten anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>change metadata</source>
        <translation>Metadaten ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>roll back a secret</source>
        <translation>ein Secret zurücksetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rotate a secret</source>
        <translation>ein Secret rotieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>delete a version</source>
        <translation>eine Version löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>undelete a version</source>
        <translation>eine Version wiederherstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>destroy a version</source>
        <translation>eine Version vernichten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>show its policies</source>
        <translation>Richtlinien anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>change its policies</source>
        <translation>Richtlinien ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check access</source>
        <translation>Zugriff prüfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>show its audit log</source>
        <translation>Audit-Log anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>verify its audit log</source>
        <translation>Audit-Log prüfen</translation>
    </message>
    <message>
        <location filename="../backend-clients/api/src/pipelineengine.cpp" line="+74"/>
        <source>This pipeline engine cannot %1.</source>
        <translation>Diese Pipeline-Engine unterstützt das nicht: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>show a run&apos;s jobs</source>
        <translation>die Jobs eines Laufs anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cancel a single job</source>
        <translation>einen einzelnen Job abbrechen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>retry a job</source>
        <translation>einen Job wiederholen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>retry a run</source>
        <translation>einen Lauf wiederholen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>start a manual job</source>
        <translation>einen manuellen Job starten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>show job logs</source>
        <translation>Job-Logs anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>search job logs</source>
        <translation>Job-Logs durchsuchen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>list deployments</source>
        <translation>Deployments auflisten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>show environments</source>
        <translation>Umgebungen anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>roll back a deployment</source>
        <translation>ein Deployment zurückrollen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>freeze an environment</source>
        <translation>eine Umgebung einfrieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list repositories</source>
        <translation>Repositorys auflisten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add a repository</source>
        <translation>ein Repository hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list branches and tags</source>
        <translation>Branches und Tags auflisten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list commits</source>
        <translation>Commits auflisten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>report metrics</source>
        <translation>Metriken melden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>show the audit trail</source>
        <translation>den Audit-Trail anzeigen</translation>
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
        <location filename="../app/cli/secretscommands.cpp" line="+409"/>
        <location line="+192"/>
        <location line="+74"/>
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
        <location filename="../app/cli/secretscommands.cpp" line="-266"/>
        <location line="+19"/>
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
        <location filename="../app/cli/logscommands.cpp" line="+84"/>
        <source>opsctl: %1 (create it with &apos;opsctl workspace init&apos; or by starting opsdeck)</source>
        <translation>opsctl: %1 (mit &apos;opsctl workspace init&apos; oder durch Starten von opsdeck anlegen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+51"/>
        <location filename="../app/cli/logscommands.cpp" line="+2"/>
        <location line="+19"/>
        <location line="+90"/>
        <location filename="../app/cli/main.cpp" line="+120"/>
        <location filename="../app/cli/pipelinescommands.cpp" line="+36"/>
        <location line="+6"/>
        <location line="+115"/>
        <location line="+69"/>
        <location line="+11"/>
        <location line="+13"/>
        <location line="+164"/>
        <location filename="../app/cli/secretscommands.cpp" line="-384"/>
        <location line="+201"/>
        <source>opsctl: %1</source>
        <translation>opsctl: %1</translation>
    </message>
    <message>
        <location line="-23"/>
        <location filename="../app/cli/secretscommands.cpp" line="+335"/>
        <source>FIELD</source>
        <translation>FELD</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/pipelinescommands.cpp" line="-226"/>
        <location filename="../app/cli/secretscommands.cpp" line="+0"/>
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
        <location filename="../app/cli/pipelinescommands.cpp" line="-48"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/pipelinescommands.cpp" line="+0"/>
        <location line="+586"/>
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
        <location filename="../app/cli/main.cpp" line="-89"/>
        <source>Usage: opsctl [--workspace DIR] [--json] COMMAND [ARGS]

Commands:
  plugins list [--check] [--no-load]  every plugin file found, loaded or not, with the reason
                                      for each refused one
  workspace info                      the workspace, its profile and its backends
  workspace init [--demo]             create the workspace (--demo: as a demo workspace)
  logs ingest PATH... [--service S] [--host H] [--multiline indent] [--follow]
                                      read log files or folders (plain or gzip) into the store;
                                      prints the number of records committed
  logs search QUERY [--since T] [--until T] [--limit N] [--count]
                                      newest matches first (T: 24h, 7d, or an RFC 3339 time;
                                      default: the last 7 days)
  logs tail QUERY                     print matching records as they arrive, until Ctrl+C
  logs listen [--syslog-udp PORT] [--syslog-tcp PORT] [--bind ADDR]
                                      receive syslog (RFC 5424/3164) until SIGTERM
  logs stats                          records and sizes per storage tier
  secrets init                        create the workspace&apos;s vault (you become its admin)
  secrets put PATH [--value V]        store a new version (the value from standard input
                                      without --value); prints the version
  secrets get PATH [--ver N]          print exactly the value (version N, else the current one)
  secrets list [PREFIX]               the secrets you may list, with their versions
  secrets versions PATH               every version of one secret
  secrets delete PATH [--ver N]       hide a version (undelete brings it back)
  secrets undelete PATH [--ver N]
  secrets destroy PATH --ver N        remove a version&apos;s ciphertext for good
  secrets rollback PATH --ver N       a new version with the value of version N
  secrets meta PATH [FIELD=VALUE ...] show or set owner, description, tags, expires,
                                      rotation_days, generator
  secrets rotate PATH                 a new version from the secret&apos;s generator
  secrets due                         secrets due or overdue for rotation
  secrets rotate-root                 a new root key (re-seals the keyring only)
  secrets rewrap                      a new key term; re-wraps every data key
  secrets check IDENTITY CAPABILITY PATH
                                      may IDENTITY do CAPABILITY on PATH? (exit 0 if so)
  secrets policy show | set FILE      the identities and policies (docs/vault-policy.md)
  secrets identity list | add NAME user|application POLICY[,POLICY] | remove NAME
                    | disable NAME | enable NAME
  secrets audit list [identity=I] [path=P] [action=A] [denied] [limit=N]
  secrets audit verify                check the audit log&apos;s chain and signed head
  secrets import FILE [PREFIX]        .env (keys become PREFIX/KEY) or JSON {&quot;path&quot;: &quot;value&quot;}
  secrets export [PREFIX] --format env|json --yes
                                      print every value you may read (audited)
  secrets keyring status | enable | disable
                                      quick unlock: a key in the system keyring opens the vault
  pipelines validate FILE [--ref REF] print the plan of a pipeline file (.opsdeck/pipeline.yml,
                                      .gitlab-ci.yml, .github/workflows/*.yml); runs nothing
  pipelines artifacts stats           stored vs logical bytes of the artifact store
  pipelines repos add NAME SOURCE | repos list
                                      repositories the engine builds (a path or a git URL)
  pipelines run --repo R --ref REF [--env E] [--wait] [--no-tests] [--no-rollback]
                                      start a run; prints its id; --wait streams the log and
                                      exits 0 only if the run succeeded
  pipelines deploy --repo R --ref REF --env E [--wait]   a run for environment E
  pipelines list [--repo R] [--env E] [--limit N]        runs, newest first
  pipelines show RUN                  a run&apos;s jobs and steps
  pipelines logs RUN [JOB] [--follow] the whole log (of one job)
  pipelines cancel RUN|JOB, retry RUN|JOB [--wait], approve JOB
  pipelines rollback ENV              back to the previous successful deployment
  pipelines freeze ENV [REASON], unfreeze ENV, environments, events [RUN]

Options:
  --workspace DIR  the workspace folder (else $OPSDECK_WORKSPACE, else the default)
  --json           machine-readable output
  --check          with &apos;plugins list&apos;: exit 4 if any plugin was refused
  --no-load        with &apos;plugins list&apos;: read metadata only, run no plugin code
  --demo           with &apos;workspace init&apos;: mark it as a demo workspace
  --as IDENTITY    with &apos;secrets&apos;: act as IDENTITY (default: the local user)
  --yes            with &apos;secrets export&apos;: confirm that values are to be printed
  --keyring        with &apos;secrets&apos;: unlock with the system keyring instead of the passphrase
  --ref REF        with &apos;pipelines validate&apos;: the branch (or refs/tags/T) rules see (default main);
                   with &apos;pipelines run/deploy&apos;: the branch, tag or commit to build
  The vault&apos;s passphrase comes from $OPSDECK_VAULT_PASSPHRASE, else from a prompt.
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
  logs ingest PATH... [--service S] [--host H] [--multiline indent] [--follow]
                                      Log-Dateien oder -Ordner (unkomprimiert oder gzip) in
                                      den Speicher einlesen; gibt die Zahl der gespeicherten
                                      Einträge aus
  logs search QUERY [--since T] [--until T] [--limit N] [--count]
                                      neueste Treffer zuerst (T: 24h, 7d oder eine Zeit nach
                                      RFC 3339; Standard: die letzten 7 Tage)
  logs tail QUERY                     passende Einträge ausgeben, sobald sie eintreffen,
                                      bis Strg+C
  logs listen [--syslog-udp PORT] [--syslog-tcp PORT] [--bind ADDR]
                                      Syslog (RFC 5424/3164) empfangen, bis SIGTERM eintrifft
  logs stats                          Einträge und Größen je Speicherstufe
  secrets init                        den Vault des Arbeitsbereichs anlegen (Sie werden sein
                                      Administrator)
  secrets put PATH [--value V]        eine neue Version speichern (der Wert von der
                                      Standardeingabe ohne --value); gibt die Version aus
  secrets get PATH [--ver N]          genau den Wert ausgeben (Version N, sonst die aktuelle)
  secrets list [PREFIX]               die Secrets, die Sie auflisten dürfen, mit Versionen
  secrets versions PATH               alle Versionen eines Secrets
  secrets delete PATH [--ver N]       eine Version ausblenden (undelete holt sie zurück)
  secrets undelete PATH [--ver N]
  secrets destroy PATH --ver N        den Chiffretext einer Version endgültig entfernen
  secrets rollback PATH --ver N       eine neue Version mit dem Wert von Version N
  secrets meta PATH [FIELD=VALUE ...] owner, description, tags, expires, rotation_days
                                      oder generator anzeigen oder setzen
  secrets rotate PATH                 eine neue Version vom Generator des Secrets
  secrets due                         Secrets, deren Rotation fällig oder überfällig ist
  secrets rotate-root                 ein neuer Root-Schlüssel (versiegelt nur den
                                      Schlüsselbund neu)
  secrets rewrap                      eine neue Schlüsselperiode; schlüsselt jeden
                                      Datenschlüssel um
  secrets check IDENTITY CAPABILITY PATH
                                      darf IDENTITY CAPABILITY auf PATH? (Exit-Code 0, wenn ja)
  secrets policy show | set FILE      die Identitäten und Richtlinien (docs/vault-policy.md)
  secrets identity list | add NAME user|application POLICY[,POLICY] | remove NAME
                    | disable NAME | enable NAME
  secrets audit list [identity=I] [path=P] [action=A] [denied] [limit=N]
  secrets audit verify                Kette und signierten Kopf des Audit-Logs prüfen
  secrets import FILE [PREFIX]        .env (Schlüssel werden zu PREFIX/KEY) oder JSON
                                      {&quot;path&quot;: &quot;value&quot;}
  secrets export [PREFIX] --format env|json --yes
                                      jeden Wert ausgeben, den Sie lesen dürfen (wird im
                                      Audit-Log erfasst)
  secrets keyring status | enable | disable
                                      Schnellentsperrung: ein Schlüssel im Schlüsselbund des
                                      Systems öffnet den Vault
  pipelines validate FILE [--ref REF] den Plan einer Pipeline-Datei ausgeben (.opsdeck/pipeline.yml,
                                      .gitlab-ci.yml, .github/workflows/*.yml); führt nichts aus
  pipelines artifacts stats           gespeicherte gegenüber logischen Bytes des Artefaktspeichers
  pipelines repos add NAME SOURCE | repos list
                                      Repositorys, die die Engine baut (ein Pfad oder eine Git-URL)
  pipelines run --repo R --ref REF [--env E] [--wait] [--no-tests] [--no-rollback]
                                      einen Lauf starten; gibt seine ID aus; --wait zeigt das Log
                                      fortlaufend an und endet nur mit Exit-Code 0, wenn der Lauf
                                      erfolgreich war
  pipelines deploy --repo R --ref REF --env E [--wait]   ein Lauf für die Umgebung E
  pipelines list [--repo R] [--env E] [--limit N]        Läufe, neueste zuerst
  pipelines show RUN                  die Jobs und Schritte eines Laufs
  pipelines logs RUN [JOB] [--follow] das ganze Log (eines Jobs)
  pipelines cancel RUN|JOB, retry RUN|JOB [--wait], approve JOB
  pipelines rollback ENV              zurück zum vorherigen erfolgreichen Deployment
  pipelines freeze ENV [REASON], unfreeze ENV, environments, events [RUN]

Optionen:
  --workspace DIR  der Arbeitsbereichsordner (sonst $OPSDECK_WORKSPACE, sonst der Standard)
  --json           maschinenlesbare Ausgabe
  --check          mit &apos;plugins list&apos;: Exit-Code 4, wenn ein Plugin abgelehnt wurde
  --no-load        mit &apos;plugins list&apos;: nur Metadaten lesen, keinen Plugin-Code ausführen
  --demo           mit &apos;workspace init&apos;: als Demo-Arbeitsbereich markieren
  --as IDENTITY    mit &apos;secrets&apos;: als IDENTITY handeln (Standard: der lokale Benutzer)
  --yes            mit &apos;secrets export&apos;: bestätigen, dass Werte ausgegeben werden sollen
  --keyring        mit &apos;secrets&apos;: mit dem Schlüsselbund des Systems statt der Passphrase entsperren
  --ref REF        mit &apos;pipelines validate&apos;: der Branch (oder refs/tags/T), den die Regeln sehen (Standard main);
                   mit &apos;pipelines run/deploy&apos;: der zu bauende Branch, Tag oder Commit
  Die Passphrase des Vaults kommt aus $OPSDECK_VAULT_PASSPHRASE, sonst aus einer Abfrage.
  -h, --help       diese Hilfe
  -v, --version    die Version

Exit-Codes: 0 OK, 1 fehlgeschlagen, 2 falscher Aufruf, 3 Arbeitsbereich nicht zu öffnen,
            4 Plugin-Probleme.
Die vollständige Referenz steht in docs/cli.md.</translation>
    </message>
    <message>
        <location line="+90"/>
        <location filename="../app/cli/secretscommands.cpp" line="+188"/>
        <source>Run &apos;opsctl --help&apos; for usage.</source>
        <translation>Hinweise zum Aufruf: &apos;opsctl --help&apos;.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>--workspace needs a folder</source>
        <translation>--workspace benötigt einen Ordner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--%1 only applies to &apos;%2&apos;</source>
        <translation>--%1 gilt nur für &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>--%1 only applies to &apos;secrets&apos; commands</source>
        <translation>--%1 gilt nur für &apos;secrets&apos;-Befehle</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--ver needs a version number from 1</source>
        <translation>--ver benötigt eine Versionsnummer ab 1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--limit needs a number from 1 to 100000</source>
        <translation>--limit benötigt eine Zahl von 1 bis 100000</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--%1 needs a number from %2 to %3</source>
        <translation>--%1 benötigt eine Zahl von %2 bis %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--multiline knows one rule: indent</source>
        <translation>--multiline kennt nur eine Regel: indent</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <location line="+5"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+55"/>
        <location line="+13"/>
        <source>&apos;%1&apos; needs a command</source>
        <translation>&apos;%1&apos; benötigt einen Befehl</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+55"/>
        <location line="+13"/>
        <source>unknown command &apos;%1 %2&apos;</source>
        <translation>unbekannter Befehl &apos;%1 %2&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/logscommands.cpp" line="-100"/>
        <source>opsctl: the profile &quot;%1&quot; has no log store</source>
        <translation>opsctl: das Profil &quot;%1&quot; hat keinen Log-Speicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opsctl: the log store is not available: %1</source>
        <translation>opsctl: der Log-Speicher ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>opsctl: %1: no such file or folder (it is watched and read once it appears)</source>
        <translation>opsctl: %1: Datei oder Ordner nicht vorhanden (wird überwacht und eingelesen, sobald vorhanden)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <location line="+86"/>
        <location line="+142"/>
        <source>%n record(s) committed</source>
        <translation>
            <numerusform>%n Eintrag gespeichert</numerusform>
            <numerusform>%n Einträge gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <location line="-200"/>
        <source>opsctl: &apos;logs ingest&apos; needs at least one file or folder</source>
        <translation>opsctl: &apos;logs ingest&apos; benötigt mindestens eine Datei oder einen Ordner</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>opsctl: --multiline does not combine with --follow yet</source>
        <translation>opsctl: --multiline lässt sich noch nicht mit --follow kombinieren</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>opsctl: cancelled; what was committed before stays</source>
        <translation>opsctl: abgebrochen; bereits Gespeichertes bleibt erhalten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>opsctl: &apos;logs search&apos; takes one query; quote it: opsctl logs search &apos;error host:web-1&apos;</source>
        <translation>opsctl: &apos;logs search&apos; erwartet eine einzige Abfrage; in Anführungszeichen setzen: opsctl logs search &apos;error host:web-1&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>opsctl: --since: expected a duration like 24h or an RFC 3339 time, got &apos;%1&apos;</source>
        <translation>opsctl: --since: Dauer wie 24h oder Zeit nach RFC 3339 erwartet, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>opsctl: --until: expected a duration like 24h or an RFC 3339 time, got &apos;%1&apos;</source>
        <translation>opsctl: --until: Dauer wie 24h oder Zeit nach RFC 3339 erwartet, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>opsctl: --limit must be at least 1</source>
        <translation>opsctl: --limit muss mindestens 1 sein</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>(%1 of %2 matches shown; --limit N shows more)</source>
        <translation>(%1 von %2 Treffern angezeigt; --limit N zeigt mehr)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>opsctl: &apos;logs tail&apos; takes one query; quote it</source>
        <translation>opsctl: &apos;logs tail&apos; erwartet eine einzige Abfrage; in Anführungszeichen setzen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>opsctl: following &quot;%1&quot; (Ctrl+C stops)</source>
        <translation>opsctl: &quot;%1&quot; wird verfolgt (Strg+C beendet)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>opsctl: --bind: &apos;%1&apos; is not an IP address</source>
        <translation>opsctl: --bind: &apos;%1&apos; ist keine IP-Adresse</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>opsctl: listening for syslog on %1</source>
        <translation>opsctl: Syslog wird auf %1 empfangen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>TIER</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DAYS</source>
        <translation>TAGE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RECORDS</source>
        <translation>EINTRÄGE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RAW</source>
        <translation>ROH</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ON DISK</source>
        <translation>AUF PLATTE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RATIO</source>
        <translation>VERHÄLTNIS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OLDEST</source>
        <translation>ÄLTESTER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NEWEST</source>
        <translation>NEUESTER</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Retention: hot %1 days, then cold until %2 days.</source>
        <translation>Aufbewahrung: %1 Tage hot, danach cold bis zu einem Alter von %2 Tagen.</translation>
    </message>
    <message>
        <location filename="../app/cli/secretscommands.cpp" line="-675"/>
        <source>Vault passphrase: </source>
        <translation>Passphrase des Vaults: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no passphrase: set OPSDECK_VAULT_PASSPHRASE or run in a terminal</source>
        <translation>keine Passphrase: OPSDECK_VAULT_PASSPHRASE setzen oder in einem Terminal ausführen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The same passphrase again: </source>
        <translation>Dieselbe Passphrase noch einmal: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the two passphrases differ; nothing was created</source>
        <translation>die beiden Passphrasen unterscheiden sich; nichts wurde angelegt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the passphrase is empty</source>
        <translation>die Passphrase ist leer</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>no policy</source>
        <translation>keine Richtlinie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&apos;%1&apos; is not FIELD=VALUE</source>
        <translation>&apos;%1&apos; hat nicht die Form FIELD=VALUE</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>rotation_days: &apos;%1&apos; is not a number of days</source>
        <translation>rotation_days: &apos;%1&apos; ist keine Anzahl von Tagen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expires: &apos;%1&apos; is not a date such as 2027-03-31</source>
        <translation>expires: &apos;%1&apos; ist kein Datum wie 2027-03-31</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown field &apos;%1&apos; (owner, description, tags, expires, rotation_days, generator)</source>
        <translation>unbekanntes Feld &apos;%1&apos; (owner, description, tags, expires, rotation_days, generator)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+10"/>
        <location line="+422"/>
        <location line="+4"/>
        <location line="+81"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-512"/>
        <source>%1: larger than 16 MiB; not a secrets file</source>
        <translation>%1: größer als 16 MiB; keine Secrets-Datei</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+193"/>
        <source>opsctl: usage: opsctl secrets %1</source>
        <translation>opsctl: Aufruf: opsctl secrets %1</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>%1 already holds a vault</source>
        <translation>%1 enthält bereits einen Vault</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Created a vault in %1; %2 is its admin.</source>
        <translation>Vault in %1 angelegt; %2 ist sein Administrator.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no vault in this workspace (create one with &apos;opsctl secrets init&apos;)</source>
        <translation>kein Vault in diesem Arbeitsbereich (mit &apos;opsctl secrets init&apos; anlegen)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1	system keyring of %2%3</source>
        <translation>%1	Schlüsselbund des Systems von %2%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (this machine)</source>
        <translation> (dieser Rechner)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1	passphrase</source>
        <translation>%1	Passphrase</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>quick unlock is not turned on for %1 in this vault (opsctl secrets keyring enable)</source>
        <translation>die Schnellentsperrung ist für %1 in diesem Vault nicht eingeschaltet (opsctl secrets keyring enable)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Quick unlock is on: the system keyring of %1 opens this vault (use --keyring).</source>
        <translation>Die Schnellentsperrung ist eingeschaltet: der Schlüsselbund des Systems von %1 öffnet diesen Vault (mit --keyring).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quick unlock is off on this machine; the passphrase opens the vault.</source>
        <translation>Die Schnellentsperrung ist auf diesem Rechner ausgeschaltet; die Passphrase öffnet den Vault.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>opsctl: usage: opsctl secrets keyring status | enable | disable</source>
        <translation>opsctl: Aufruf: opsctl secrets keyring status | enable | disable</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+174"/>
        <source>%1 version %2</source>
        <translation>%1 Version %2</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>no secret %1</source>
        <translation>kein Secret %1</translation>
    </message>
    <message>
        <location filename="../app/cli/pipelinescommands.cpp" line="-202"/>
        <location filename="../app/cli/secretscommands.cpp" line="+2"/>
        <source>CREATED</source>
        <translation>ANGELEGT</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+214"/>
        <location filename="../app/cli/secretscommands.cpp" line="+0"/>
        <source>BY</source>
        <translation>VON</translation>
    </message>
    <message>
        <location filename="../app/cli/secretscommands.cpp" line="+8"/>
        <source>destroyed</source>
        <translation>vernichtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+63"/>
        <location line="+110"/>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>VERSIONS</source>
        <translation>VERSIONEN</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unknown capability &apos;%1&apos; (one of: %2)</source>
        <translation>unbekannte Berechtigung &apos;%1&apos; (eine von: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>allowed: %1</source>
        <translation>erlaubt: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>denied: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>opsctl: usage: opsctl secrets audit list [identity=I] [path=P] [action=A] [denied] [limit=N]</source>
        <translation>opsctl: Aufruf: opsctl secrets audit list [identity=I] [path=P] [action=A] [denied] [limit=N]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SEQ</source>
        <translation>NR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+184"/>
        <source>IDENTITY</source>
        <translation>IDENTITÄT</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DECISION</source>
        <translation>ENTSCHEIDUNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FROM</source>
        <translation>HERKUNFT</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>denied</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>opsctl: usage: opsctl secrets audit verify | audit list [FILTER ...]</source>
        <translation>opsctl: Aufruf: opsctl secrets audit verify | audit list [FILTER ...]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the audit log does not verify: %1</source>
        <translation>das Audit-Log ist nicht intakt: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The audit log verifies: %n entries, chain and signed head intact.</source>
        <translation>
            <numerusform>Das Audit-Log ist intakt: %n Eintrag, Kette und signierter Kopf unversehrt.</numerusform>
            <numerusform>Das Audit-Log ist intakt: %n Einträge, Kette und signierter Kopf unversehrt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; needs the version: --ver N</source>
        <translation>&apos;%1&apos; benötigt die Version: --ver N</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 version %2 (the value of version %3)</source>
        <translation>%1 Version %2 (mit dem Wert von Version %3)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>opsctl: usage: opsctl secrets meta PATH [FIELD=VALUE ...]</source>
        <translation>opsctl: Aufruf: opsctl secrets meta PATH [FIELD=VALUE ...]</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>ROTATE BY</source>
        <translation>ROTIEREN BIS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OWNER</source>
        <translation>EIGENTÜMER</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing is due for rotation.</source>
        <translation>Keine Rotation fällig.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A new root key seals the keyring; every secret is unchanged.</source>
        <translation>Ein neuer Root-Schlüssel versiegelt den Schlüsselbund; alle Secrets bleiben unverändert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>re-wrapping data keys: %1 of %2</source>
        <translation>Datenschlüssel werden umgeschlüsselt: %1 von %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every data key is wrapped by the newest term; older terms are retired.</source>
        <translation>Alle Datenschlüssel sind mit der neuesten Schlüsselperiode verschlüsselt; ältere Perioden sind stillgelegt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Policies replaced: %1 identities, %2 policies.</source>
        <translation>Richtlinien ersetzt: %1 Identitäten, %2 Richtlinien.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>opsctl: usage: opsctl secrets policy show | set FILE | check IDENTITY CAPABILITY PATH</source>
        <translation>opsctl: Aufruf: opsctl secrets policy show | set FILE | check IDENTITY CAPABILITY PATH</translation>
    </message>
    <message>
        <location filename="../app/cli/pipelinescommands.cpp" line="+0"/>
        <location line="+27"/>
        <location filename="../app/cli/secretscommands.cpp" line="+10"/>
        <source>KIND</source>
        <translation>TYP</translation>
    </message>
    <message>
        <location filename="../app/cli/secretscommands.cpp" line="+0"/>
        <source>POLICIES</source>
        <translation>RICHTLINIEN</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an identity is a &apos;user&apos; or an &apos;application&apos;, not &apos;%1&apos;</source>
        <translation>eine Identität ist &apos;user&apos; oder &apos;application&apos;, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no identity %1</source>
        <translation>keine Identität %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>opsctl: usage: opsctl secrets identity list | add NAME user|application POLICY[,POLICY] | remove NAME | disable NAME | enable NAME</source>
        <translation>opsctl: Aufruf: opsctl secrets identity list | add NAME user|application POLICY[,POLICY] | remove NAME | disable NAME | enable NAME</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a JSON file names whole paths; PREFIX is for .env files</source>
        <translation>eine JSON-Datei gibt vollständige Pfade an; PREFIX gilt nur für .env-Dateien</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Imported %n secret(s).</source>
        <translation>
            <numerusform>%n Secret importiert.</numerusform>
            <numerusform>%n Secrets importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--format is env or json, not &apos;%1&apos;</source>
        <translation>--format ist env oder json, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export prints secret values in clear text; add --yes to confirm (it is audited)</source>
        <translation>export gibt Secret-Werte im Klartext aus; zum Bestätigen --yes angeben (wird im Audit-Log erfasst)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>opsctl: &apos;secrets&apos; needs a command</source>
        <translation>opsctl: &apos;secrets&apos; benötigt einen Befehl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opsctl: unknown command &apos;secrets %1&apos;</source>
        <translation>opsctl: unbekannter Befehl &apos;secrets %1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/pipelinescommands.cpp" line="-689"/>
        <source>(stage order)</source>
        <translation>(Reihenfolge der Stages)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none: starts at once)</source>
        <translation>(keine: startet sofort)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>opsctl: usage: opsctl pipelines validate FILE [--json] [--ref REF]</source>
        <translation>opsctl: Aufruf: opsctl pipelines validate FILE [--json] [--ref REF]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: no such file</source>
        <translation>%1: keine solche Datei</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: %2 job(s) in %3 stage(s)%4</source>
        <translation>%1: %2 Job(s) in %3 Stage(s)%4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; no pipeline for %1: %2</source>
        <translation>; keine Pipeline für %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+432"/>
        <source>STAGE</source>
        <translation>STAGE</translation>
    </message>
    <message>
        <location line="-432"/>
        <location line="+432"/>
        <source>JOB</source>
        <translation>JOB</translation>
    </message>
    <message>
        <location line="-432"/>
        <location line="+604"/>
        <source>WHEN</source>
        <translation>WANN</translation>
    </message>
    <message>
        <location line="-604"/>
        <source>ALLOW FAILURE</source>
        <translation>FEHLER ERLAUBT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NEEDS</source>
        <translation>BRAUCHT</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: not run offline: %2 (%3)</source>
        <translation>%1: läuft offline nicht: %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (warning)</source>
        <translation>%1 (Warnung)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>MEASURE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>artifact sets (run, job)</source>
        <translation>Artefaktsätze (Lauf, Job)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>logical bytes (all files of all sets)</source>
        <translation>logische Bytes (alle Dateien aller Sätze)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after deduplication</source>
        <translation>nach Deduplizierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored bytes (compressed, on disk)</source>
        <translation>gespeicherte Bytes (komprimiert, auf der Platte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deduplication</source>
        <translation>Deduplizierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compression</source>
        <translation>Kompression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>logical / stored</source>
        <translation>logisch / gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>garbage (gc removes it)</source>
        <translation>Müll (gc entfernt ihn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 blob(s), %2</source>
        <translation>%1 Blob(s), %2</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h ago</source>
        <translation>vor %1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d ago</source>
        <translation>vor %1 d</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>opsctl: no run &apos;%1&apos; (see &apos;opsctl pipelines list&apos;)</source>
        <translation>opsctl: kein Lauf &apos;%1&apos; (siehe &apos;opsctl pipelines list&apos;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opsctl: &apos;%1&apos; matches %2 runs; give more of the id</source>
        <translation>opsctl: &apos;%1&apos; passt zu %2 Läufen; geben Sie mehr von der ID an</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>opsctl: job %1 (%2) waits for approval: opsctl pipelines approve %2</source>
        <translation>opsctl: Job %1 (%2) wartet auf Genehmigung: opsctl pipelines approve %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+203"/>
        <source>── %1 (job %2, attempt %3) ──</source>
        <translation>── %1 (Job %2, Versuch %3) ──</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>opsctl: run %1 %2</source>
        <translation>opsctl: Lauf %1 %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>opsctl: no repository &apos;%1&apos; is registered, and no such folder exists (add one with &apos;opsctl pipelines repos add NAME SOURCE&apos;)</source>
        <translation>opsctl: kein Repository &apos;%1&apos; ist registriert, und es gibt keinen solchen Ordner (mit &apos;opsctl pipelines repos add NAME SOURCE&apos; hinzufügen)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>opsctl: registered %1 as repository &apos;%2&apos;</source>
        <translation>opsctl: %1 als Repository &apos;%2&apos; registriert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;pipelines %1&apos; needs --repo and --ref</source>
        <translation>&apos;pipelines %1&apos; benötigt --repo und --ref</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;pipelines deploy&apos; needs --env development|staging|production</source>
        <translation>&apos;pipelines deploy&apos; benötigt --env development|staging|production</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+197"/>
        <location line="+18"/>
        <source>RUN</source>
        <translation>LAUF</translation>
    </message>
    <message>
        <location line="-215"/>
        <location line="+43"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>REPOSITORY</source>
        <translation>REPOSITORY</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BRANCH</source>
        <translation>BRANCH</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+197"/>
        <source>COMMIT</source>
        <translation>COMMIT</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>ENV</source>
        <translation>UMGEBUNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TRIGGER</source>
        <translation>AUSLÖSER</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+43"/>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Run %1: %2, %3 at %4 (%5) for %6, %7% done</source>
        <translation>Lauf %1: %2, %3 auf %4 (%5) für %6, zu %7 % erledigt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+199"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>ATTEMPT</source>
        <translation>VERSUCH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOTE</source>
        <translation>NOTIZ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not run offline: %1</source>
        <translation>läuft offline nicht: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>usage: opsctl pipelines logs RUN [JOB] [--follow]</source>
        <translation>Aufruf: opsctl pipelines logs RUN [JOB] [--follow]</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>run %1 has no job &apos;%2&apos;</source>
        <translation>Lauf %1 hat keinen Job &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>usage: opsctl pipelines %1 RUN|JOB</source>
        <translation>Aufruf: opsctl pipelines %1 RUN|JOB</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>job %1 cancelled</source>
        <translation>Job %1 abgebrochen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>job %1 retried as job %2 (attempt %3)</source>
        <translation>Job %1 wird als Job %2 wiederholt (Versuch %3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>run %1 cancelled</source>
        <translation>Lauf %1 abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run %1: failed jobs queued again</source>
        <translation>Lauf %1: fehlgeschlagene Jobs erneut eingereiht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: opsctl pipelines approve JOB (a job number, see &apos;pipelines show RUN&apos;)</source>
        <translation>Aufruf: opsctl pipelines approve JOB (eine Jobnummer, siehe &apos;pipelines show RUN&apos;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>job %1 approved</source>
        <translation>Job %1 genehmigt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>usage: opsctl pipelines rollback ENV</source>
        <translation>Aufruf: opsctl pipelines rollback ENV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 rolled back: %2 is live again (commit %3, deployment %4)</source>
        <translation>%1 zurückgerollt: %2 ist wieder live (Commit %3, Deployment %4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: opsctl pipelines %1 ENV [REASON]</source>
        <translation>Aufruf: opsctl pipelines %1 ENV [REASON]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is frozen: no deployment starts there</source>
        <translation>%1 ist eingefroren: dort startet kein Deployment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is open for deployments again</source>
        <translation>%1 ist wieder für Deployments freigegeben</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>ENVIRONMENT</source>
        <translation>UMGEBUNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SINCE</source>
        <translation>SEIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FROZEN</source>
        <translation>EINGEFROREN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes (%1: %2)</source>
        <translation>ja (%1: %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>MESSAGE</source>
        <translation>MELDUNG</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>repository &apos;%1&apos; added (%2)</source>
        <translation>Repository &apos;%1&apos; hinzugefügt (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: opsctl pipelines repos add NAME SOURCE | repos list</source>
        <translation>Aufruf: opsctl pipelines repos add NAME SOURCE | repos list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown command &apos;pipelines %1&apos;</source>
        <translation>unbekannter Befehl &apos;pipelines %1&apos;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>usage: opsctl pipelines show RUN</source>
        <translation>Aufruf: opsctl pipelines show RUN</translation>
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
        <location filename="../app/console/pluginsdialog.cpp" line="+179"/>
        <location filename="../app/console/settingsdialog.cpp" line="+36"/>
        <location filename="../app/console/statusbarhost.cpp" line="+201"/>
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
        <location filename="../app/console/main.cpp" line="+73"/>
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
        <location filename="../app/console/notificationspanel.cpp" line="+50"/>
        <location filename="../app/console/statusbarhost.cpp" line="+41"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location line="-155"/>
        <location filename="../app/console/overviewpanel.cpp" line="+65"/>
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
        <location filename="../app/core/appcontext.cpp" line="+114"/>
        <source>Cannot open the workspace (from %1): %2</source>
        <translation>Der Arbeitsbereich kann nicht geöffnet werden (festgelegt durch %1): %2</translation>
    </message>
    <message>
        <location line="+61"/>
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
        <location filename="../app/core/localprovider.cpp" line="+54"/>
        <source>The log retention setting &quot;%1&quot; must be a whole number of days from 1 to 36500; using %2.</source>
        <translation>Die Log-Aufbewahrungseinstellung &quot;%1&quot; muss eine ganze Zahl von Tagen zwischen 1 und 36500 sein; %2 wird verwendet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Logs are set to stay in the fast (hot) tier for %1 days but to be deleted after %2 days; they stay hot for %2 days.</source>
        <translation>Logs sollen %1 Tage in der schnellen (heißen) Stufe bleiben, aber nach %2 Tagen gelöscht werden; sie bleiben %2 Tage heiß.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The pipelines setting &quot;%1&quot; %2; using the default.</source>
        <translation>Die Pipelines-Einstellung &quot;%1&quot; %2; der Standardwert wird verwendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a whole number from 1 to 256</source>
        <translation>muss eine ganze Zahl von 1 bis 256 sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a number of seconds from 0 (off) to 3600</source>
        <translation>muss eine Anzahl Sekunden von 0 (aus) bis 3600 sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be &quot;auto&quot;, &quot;on&quot; or &quot;off&quot;</source>
        <translation>muss &quot;auto&quot;, &quot;on&quot; oder &quot;off&quot; sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be an http or https URL</source>
        <translation>muss eine http- oder https-URL sein</translation>
    </message>
    <message>
        <location line="+45"/>
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
        <location line="+17"/>
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
    <name>LogIngest</name>
    <message>
        <location filename="../backend-clients/embedded/logs/ingest/src/filefollower.cpp" line="+145"/>
        <source>%1 appeared; reading it.</source>
        <translation>%1 ist aufgetaucht; die Datei wird gelesen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was rotated; reading the new file from its start.</source>
        <translation>%1 wurde rotiert; die neue Datei wird von Anfang an gelesen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was truncated; reading it again from its start.</source>
        <translation>%1 wurde gekürzt; die Datei wird erneut von Anfang an gelesen.</translation>
    </message>
    <message>
        <location filename="../backend-clients/embedded/logs/ingest/src/syslogreceiver.cpp" line="+70"/>
        <source>Cannot receive syslog on UDP %1:%2.</source>
        <translation>Syslog kann auf UDP %1:%2 nicht empfangen werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot receive syslog on TCP %1:%2.</source>
        <translation>Syslog kann auf TCP %1:%2 nicht empfangen werden.</translation>
    </message>
</context>
<context>
    <name>LogRawFile</name>
    <message>
        <location filename="../backend-clients/embedded/logs/rawfile/src/rawfilestore.cpp" line="+95"/>
        <source>No such file or folder: %1</source>
        <translation>Datei oder Ordner nicht vorhanden: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No files to open.</source>
        <translation>Keine Dateien zum Öffnen.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>None of the files can be read as a log.</source>
        <translation>Keine der Dateien kann als Log gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n file(s) open</source>
        <translation>
            <numerusform>%n Datei geöffnet</numerusform>
            <numerusform>%n Dateien geöffnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) open, %1 skipped</source>
        <translation>
            <numerusform>%n Datei geöffnet, %1 übersprungen</numerusform>
            <numerusform>%n Dateien geöffnet, %1 übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>%n files</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opened log files are read-only.</source>
        <translation>Geöffnete Log-Dateien sind schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The page size must be at least 1.</source>
        <translation>Die Seitengröße muss mindestens 1 betragen.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Context must be between 0 and 10000 records.</source>
        <translation>Der Kontext muss zwischen 0 und 10000 Einträgen liegen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The record is not in these files.</source>
        <translation>Der Eintrag ist nicht in diesen Dateien enthalten.</translation>
    </message>
    <message>
        <location filename="../backend-clients/embedded/logs/rawfile/src/storequery.cpp" line="+58"/>
        <source>The query has a syntax error at column %1.</source>
        <translation>Die Abfrage enthält einen Syntaxfehler in Spalte %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The files were closed.</source>
        <translation>Die Dateien wurden geschlossen.</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>The time range ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The page cursor is not valid.</source>
        <translation>Der Seitencursor ist ungültig.</translation>
    </message>
</context>
<context>
    <name>LogSearch</name>
    <message>
        <location filename="../plugins/logsearch/asyncresult.h" line="+33"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../plugins/logsearch/fieldspane.cpp" line="+65"/>
        <source>Field / value</source>
        <translation>Feld / Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Fields of the results appear here.</source>
        <translation>Hier erscheinen die Felder der Ergebnisse.</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%Ln value(s)</source>
        <translation>
            <numerusform>%Ln Wert</numerusform>
            <numerusform>%Ln Werte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../plugins/logsearch/searchview.cpp" line="+568"/>
        <source>Filter for %1:%2</source>
        <translation>Nach %1:%2 filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records with this value in the sample</source>
        <translation>Einträge mit diesem Wert in der Stichprobe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../plugins/logsearch/searchview.cpp" line="+2"/>
        <source>Exclude %1:%2</source>
        <translation>%1:%2 ausschließen</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Top values in the newest %Ln record(s). Click a value to filter, − to exclude.</source>
        <translation>
            <numerusform>Häufigste Werte im neuesten %Ln Eintrag. Auf einen Wert klicken, um danach zu filtern, auf −, um ihn auszuschließen.</numerusform>
            <numerusform>Häufigste Werte in den neuesten %Ln Einträgen. Auf einen Wert klicken, um danach zu filtern, auf −, um ihn auszuschließen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Filter for value</source>
        <translation>Nach Wert filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exclude value</source>
        <translation>Wert ausschließen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <location filename="../plugins/logsearch/histogramview.cpp" line="+58"/>
        <source>Matches over time. Drag across to search that range; click a bar for its bucket.</source>
        <translation>Treffer im Zeitverlauf. Über einen Bereich ziehen, um darin zu suchen; auf einen Balken klicken, um in dessen Zeitabschnitt zu suchen.</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>%1 – %2: %Ln match(es)</source>
        <translation>
            <numerusform>%1 – %2: %Ln Treffer</numerusform>
            <numerusform>%1 – %2: %Ln Treffer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugins/logsearch/importdialog.cpp" line="+25"/>
        <source>Import Log Files</source>
        <translation>Log-Dateien importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files are read into the log store and stay searchable after they change or disappear. Plain and gzip files; a folder imports every log in it.</source>
        <translation>Die Dateien werden in den Log-Speicher eingelesen und bleiben durchsuchbar, auch wenn sie sich ändern oder verschwinden. Unkomprimierte und gzip-Dateien; bei einem Ordner werden alle darin enthaltenen Logs importiert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add Files…</source>
        <translation>Dateien hinzufügen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Folder…</source>
        <translation>Ordner hinzufügen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose Log Files</source>
        <translation>Log-Dateien auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../plugins/logsearch/logspanel.cpp" line="+277"/>
        <source>Log files (*.log *.txt *.gz *.json *.jsonl);;All files (*)</source>
        <translation>Log-Dateien (*.log *.txt *.gz *.json *.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a Log Folder</source>
        <translation>Log-Ordner auswählen</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+2"/>
        <source>as the lines say</source>
        <translation>wie in den Zeilen angegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join indented lines to the record before them (stack traces)</source>
        <translation>Eingerückte Zeilen an den vorherigen Eintrag anhängen (Stacktraces)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../plugins/logsearch/logexport.cpp" line="+130"/>
        <location filename="../plugins/logsearch/searchview.cpp" line="-302"/>
        <source>The export was stopped.</source>
        <translation>Der Export wurde angehalten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+44"/>
        <source>The export file cannot be written.</source>
        <translation>Die Exportdatei kann nicht geschrieben werden.</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>%n record(s) written</source>
        <translation>
            <numerusform>%n Eintrag geschrieben</numerusform>
            <numerusform>%n Einträge geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../plugins/logsearch/searchview.cpp" line="+12"/>
        <source>The log store went away during the export.</source>
        <translation>Der Log-Speicher war während des Exports nicht mehr verfügbar.</translation>
    </message>
    <message>
        <location filename="../plugins/logsearch/logresultsmodel.cpp" line="+191"/>
        <source>%1 (UTC %2)</source>
        <translation>%1 (UTC %2)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../plugins/logsearch/logsearchplugin.cpp" line="+36"/>
        <source>The Logs panel&apos;s search. Click to search the logs.</source>
        <translation>Die Suche des Logs-Panels. Klicken, um die Logs zu durchsuchen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+59"/>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Search Logs</source>
        <translation>Logs durchsuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the Logs panel and put the cursor in the query bar</source>
        <translation>Das Logs-Panel öffnen und den Cursor in die Abfragezeile setzen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Toggle Live Tail</source>
        <translation>Live-Tail ein-/ausschalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start or stop adding matching records as they arrive</source>
        <translation>Das fortlaufende Hinzufügen passender Einträge starten oder beenden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import Log Files…</source>
        <translation>Log-Dateien importieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read log files or a folder into the log store</source>
        <translation>Log-Dateien oder einen Ordner in den Log-Speicher einlesen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open Log File…</source>
        <translation>Log-Datei öffnen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search log files where they are, without importing them</source>
        <translation>Log-Dateien an ihrem Speicherort durchsuchen, ohne sie zu importieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Log Search…</source>
        <translation>Log-Suche exportieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write every match of the current search to a CSV file</source>
        <translation>Alle Treffer der aktuellen Suche in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Search, chart and tail the logs</source>
        <translation>Logs durchsuchen, als Diagramm darstellen und live verfolgen</translation>
    </message>
    <message>
        <location filename="../plugins/logsearch/logspanel.cpp" line="-185"/>
        <source>No log store in this profile</source>
        <translation>Kein Log-Speicher in diesem Profil</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Store</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The log store of the active profile</source>
        <translation>Der Log-Speicher des aktiven Profils</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import Files…</source>
        <translation>Dateien importieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read log files or a folder into the store (progress and cancel in the status bar)</source>
        <translation>Log-Dateien oder einen Ordner in den Speicher einlesen (Fortschritt und Abbrechen in der Statusleiste)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open File…</source>
        <translation>Datei öffnen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search log files where they are, without importing them (a new tab)</source>
        <translation>Log-Dateien an ihrem Speicherort durchsuchen, ohne sie zu importieren (in einem neuen Tab)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No profile is active, so there are no logs to search. Choose one in the Profile box of the toolbar.</source>
        <translation>Kein Profil ist aktiv, daher gibt es keine Logs zum Durchsuchen. Wählen Sie eines im Feld „Profil“ der Werkzeugleiste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile &quot;%1&quot; does not provide a log store. Switch to a profile with logs in the Profile box of the toolbar to search, tail and import them here.</source>
        <translation>Das Profil &quot;%1&quot; stellt keinen Log-Speicher bereit. Wechseln Sie im Feld „Profil“ der Werkzeugleiste zu einem Profil mit Logs, um sie hier zu durchsuchen, live zu verfolgen und zu importieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Needs a profile with a log store</source>
        <translation>Benötigt ein Profil mit Log-Speicher</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%Ln path(s)</source>
        <translation>
            <numerusform>%Ln Pfad</numerusform>
            <numerusform>%Ln Pfade</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Imported %Ln record(s)</source>
        <translation>
            <numerusform>%Ln Eintrag importiert</numerusform>
            <numerusform>%Ln Einträge importiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is in the log store now.</source>
        <translation>%1: jetzt im Log-Speicher.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records of %1 read before the cancel were kept.</source>
        <translation>Die vor dem Abbruch gelesenen Einträge aus %1 wurden behalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. Check the path and its permissions, then try again.</source>
        <translation>%1. Prüfen Sie den Pfad und seine Berechtigungen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open Log Files</source>
        <translation>Log-Dateien öffnen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot open the log files</source>
        <translation>Die Log-Dateien können nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <location filename="../plugins/logsearch/queryedit.cpp" line="+25"/>
        <source>Search logs: words, &quot;phrases&quot;, service:api, -level:debug, /regex/ …</source>
        <translation>Logs durchsuchen: Wörter, &quot;Phrasen&quot;, service:api, -level:debug, /regex/ …</translation>
    </message>
    <message>
        <location filename="../plugins/logsearch/recorddetails.cpp" line="+33"/>
        <source>Select a record to see all of it here.</source>
        <translation>Wählen Sie einen Eintrag aus, um ihn hier vollständig zu sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Records to show before and after the selected one</source>
        <translation>Anzahl der Einträge, die vor und nach dem ausgewählten angezeigt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Records before and after:</source>
        <translation>&amp;Einträge davor und danach:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../plugins/logsearch/searchview.cpp" line="+294"/>
        <source>Show Context</source>
        <translation>Kontext anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the records around the selected one, from the same source (double-click a row)</source>
        <translation>Die Einträge rund um den ausgewählten aus derselben Quelle anzeigen (Doppelklick auf eine Zeile)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select a record, then Show Context (or double-click it).</source>
        <translation>Wählen Sie einen Eintrag aus und dann Kontext anzeigen (oder doppelklicken Sie darauf).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time:     %1  (UTC %2)</source>
        <translation>Zeit:     %1  (UTC %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level:    %1</source>
        <translation>Level:    %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host:     %1</source>
        <translation>Host:     %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service:  %1</source>
        <translation>Dienst:   %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source:   %1</source>
        <translation>Quelle:   %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record at %1</source>
        <translation>Eintrag vom %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Loading context…</source>
        <translation>Kontext wird geladen …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This log store cannot show context.</source>
        <translation>Dieser Log-Speicher kann keinen Kontext anzeigen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(no source)</source>
        <translation>(keine Quelle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — up to %2 records before and after, in file order</source>
        <translation>%1 — bis zu %2 Einträge davor und danach, in Dateireihenfolge</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugins/logsearch/searchview.cpp" line="-517"/>
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln Treffer</numerusform>
            <numerusform>%Ln Treffer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the search (Enter)</source>
        <translation>Suche ausführen (Eingabetaste)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Live tail: add matching records as they arrive (Esc stops)</source>
        <translation>Live-Tail: passende Einträge hinzufügen, sobald sie eintreffen (Esc beendet)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save this search, or load a saved one</source>
        <translation>Diese Suche speichern oder eine gespeicherte laden</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+549"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="-549"/>
        <source>Export every match of this search to a file</source>
        <translation>Alle Treffer dieser Suche in eine Datei exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As CSV…</source>
        <translation>Als CSV …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As JSON Lines…</source>
        <translation>Als JSON Lines …</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The live tail added records above; you are looking further down.</source>
        <translation>Live-Tail hat oben Einträge hinzugefügt; Sie sehen gerade weiter unten.</translation>
    </message>
    <message>
        <location line="+251"/>
        <source>No records in this time range.
Try a longer range, or import log files.</source>
        <translation>Keine Einträge in diesem Zeitraum.
Versuchen Sie einen längeren Zeitraum, oder importieren Sie Log-Dateien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No records match.
Try fewer terms or a longer time range.</source>
        <translation>Keine passenden Einträge.
Versuchen Sie es mit weniger Suchbegriffen oder einem längeren Zeitraum.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Query error at column %1: %2</source>
        <translation>Abfragefehler in Spalte %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Query error: %1</source>
        <translation>Abfragefehler: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The search did not run. Fix the query above and press Enter.</source>
        <translation>Die Suche wurde nicht ausgeführt. Korrigieren Sie die Abfrage oben und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No log store</source>
        <translation>Kein Log-Speicher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search failed</source>
        <translation>Suche fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · live</source>
        <translation>%1 · live</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Logs: live</source>
        <translation>Logs: live</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logs: live · %1</source>
        <translation>Logs: live · %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs: %1</source>
        <translation>Logs: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+95"/>
        <source>%Ln new record(s) — jump to top</source>
        <translation>
            <numerusform>%Ln neuer Eintrag — nach oben springen</numerusform>
            <numerusform>%Ln neue Einträge — nach oben springen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Copy Message</source>
        <translation>Meldung kopieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save Current Search…</source>
        <translation>Aktuelle Suche speichern …</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Save Search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A saved search named &quot;%1&quot; exists. Replace it?</source>
        <translation>Eine gespeicherte Suche namens &quot;%1&quot; existiert bereits. Möchten Sie sie ersetzen?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No saved searches yet</source>
        <translation>Noch keine gespeicherten Suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Run a search first: the export writes its matches.</source>
        <translation>Führen Sie zuerst eine Suche aus: Der Export schreibt deren Treffer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export as JSON Lines</source>
        <translation>Als JSON Lines exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON Lines (*.jsonl *.ndjson);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exporting logs to %1</source>
        <translation>Logs werden nach %1 exportiert</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Exported %Ln record(s)</source>
        <translation>
            <numerusform>%Ln Eintrag exportiert</numerusform>
            <numerusform>%Ln Einträge exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The matches were written to %1.</source>
        <translation>Die Treffer wurden in %1 geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was not written.</source>
        <translation>%1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. Nothing was written; check the folder and try again.</source>
        <translation>%1. Es wurde nichts geschrieben; prüfen Sie den Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../plugins/logsearch/timerangepicker.cpp" line="+46"/>
        <source>Time range to search</source>
        <translation>Zu durchsuchender Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom range</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>From (inclusive, local time)</source>
        <translation>Von (einschließlich, Ortszeit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To (exclusive, local time)</source>
        <translation>Bis (ausschließlich, Ortszeit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>%1 – %2</source>
        <comment>time range</comment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>LogStore</name>
    <message>
        <location filename="../backend-clients/embedded/logs/store/src/embeddedlogstore.cpp" line="+295"/>
        <source>The query has a syntax error at column %1.</source>
        <translation>Die Abfrage enthält einen Syntaxfehler in Spalte %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The log store is in use by another OpsDeck process.</source>
        <translation>Der Log-Speicher wird von einem anderen OpsDeck-Prozess verwendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The log store cannot be opened.</source>
        <translation>Der Log-Speicher kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Read-only: another OpsDeck process is writing this log store.</source>
        <translation>Schreibgeschützt: Ein anderer OpsDeck-Prozess schreibt in diesen Log-Speicher.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Recovered after an unclean shutdown (%n damaged write-ahead log tail(s) cut).</source>
        <translation>
            <numerusform>Nach einem unsauberen Herunterfahren wiederhergestellt (%n beschädigtes Write-Ahead-Log-Ende abgeschnitten).</numerusform>
            <numerusform>Nach einem unsauberen Herunterfahren wiederhergestellt (%n beschädigte Write-Ahead-Log-Enden abgeschnitten).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Embedded log store</source>
        <translation>Eingebetteter Log-Speicher</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+125"/>
        <source>The log store is read-only here: another OpsDeck process is writing it.</source>
        <translation>Der Log-Speicher ist hier schreibgeschützt: Ein anderer OpsDeck-Prozess schreibt in ihn.</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>The log records could not be written.</source>
        <translation>Die Log-Einträge konnten nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The page size must be at least 1.</source>
        <translation>Die Seitengröße muss mindestens 1 betragen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The time range ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The page cursor is not valid.</source>
        <translation>Der Seitencursor ist ungültig.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The log store could not be read.</source>
        <translation>Der Log-Speicher konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Context must be between 0 and 10000 records.</source>
        <translation>Der Kontext muss zwischen 0 und 10000 Einträgen liegen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The record is not in the log store.</source>
        <translation>Der Eintrag ist nicht im Log-Speicher vorhanden.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No files to read.</source>
        <translation>Keine Dateien zum Einlesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown multi-line rule &quot;%1&quot;.</source>
        <translation>Unbekannte Mehrzeilenregel &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 of %2 read</source>
        <translation>%1 von %2 gelesen</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Reading stopped after %n record(s) were committed.</source>
        <translation>
            <numerusform>Das Einlesen wurde abgebrochen, nachdem %n Eintrag gespeichert war.</numerusform>
            <numerusform>Das Einlesen wurde abgebrochen, nachdem %n Einträge gespeichert waren.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None of the paths could be read.</source>
        <translation>Keiner der Pfade konnte gelesen werden.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The demo logs could not be written.</source>
        <translation>Die Demo-Logs konnten nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Background maintenance failed: %1</source>
        <translation>Wartung im Hintergrund fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log store maintenance failed.</source>
        <translation>Die Wartung des Log-Speichers ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Pipelines</name>
    <message>
        <location filename="../backend-clients/embedded/pipelines/demo/src/demorepository.cpp" line="+246"/>
        <source>Cannot write the demo repository: %1.</source>
        <translation>Das Demo-Repository kann nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create a folder of the demo repository.</source>
        <translation>Ein Ordner des Demo-Repositorys kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write a file of the demo repository.</source>
        <translation>Eine Datei des Demo-Repositorys kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cannot create the folder for the demo repository.</source>
        <translation>Der Ordner für das Demo-Repository kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create a temporary folder for the demo repository.</source>
        <translation>Ein temporärer Ordner für das Demo-Repository kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Cannot move the demo repository into place.</source>
        <translation>Das Demo-Repository kann nicht an seinen Platz verschoben werden.</translation>
    </message>
    <message>
        <location filename="../backend-clients/embedded/pipelines/demo/src/pipelinedemo.cpp" line="+58"/>
        <source>The pipeline engine closed before the demo history was complete.</source>
        <translation>Die Pipeline-Engine wurde geschlossen, bevor der Demo-Verlauf vollständig war.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+27"/>
        <source>the demo repository exists: %1</source>
        <translation>das Demo-Repository existiert bereits: %1</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>the engine already has a repository named %1</source>
        <translation>die Engine hat bereits ein Repository namens %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the engine already has repositories: %1</source>
        <translation>die Engine hat bereits Repositorys: %1</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The demo run %1 of %2 did not end within %3 s.</source>
        <translation>Der Demo-Lauf %1 von %2 wurde nicht innerhalb von %3 s beendet.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The pipelines demo must be started from the engine&apos;s thread.</source>
        <translation>Die Pipelines-Demo muss aus dem Thread der Engine gestartet werden.</translation>
    </message>
    <message>
        <location filename="../backend-clients/embedded/pipelines/engine/src/scheduler.cpp" line="+53"/>
        <source>The pipeline database refused the change.</source>
        <translation>Die Pipeline-Datenbank hat die Änderung abgelehnt.</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+1057"/>
        <location line="+127"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="-1182"/>
        <source>timed out after %1</source>
        <translation>Zeitüberschreitung nach %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>killed by signal %1</source>
        <translation>durch Signal %1 beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Cannot create the pipelines folder.</source>
        <translation>Der Pipelines-Ordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open the pipeline database.</source>
        <translation>Die Pipeline-Datenbank kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open the repository registry.</source>
        <translation>Das Repository-Verzeichnis kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open the artifact store.</source>
        <translation>Der Artefaktspeicher kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>sandbox off (turned off in the settings)</source>
        <translation>Sandbox aus (in den Einstellungen ausgeschaltet)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sandbox on: bubblewrap, no network, read-only system</source>
        <translation>Sandbox an: bubblewrap, kein Netzwerk, schreibgeschütztes System</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jobs must run in a sandbox, but bubblewrap does not work here.</source>
        <translation>Jobs müssen in einer Sandbox laufen, aber bubblewrap funktioniert hier nicht.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The engine stopped while the job was running; retry it to run it again.</source>
        <translation>Die Engine wurde beendet, während der Job lief; wiederholen Sie den Job, um ihn erneut auszuführen.</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>The limit must be at least 1.</source>
        <translation>Das Limit muss mindestens 1 betragen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1111"/>
        <location line="+37"/>
        <location line="+80"/>
        <source>Unknown environment &quot;%1&quot;.</source>
        <translation>Unbekannte Umgebung &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="-1210"/>
        <source>Name the repository to build.</source>
        <translation>Geben Sie das zu bauende Repository an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the branch, tag or commit to build.</source>
        <translation>Geben Sie den zu bauenden Branch, Tag oder Commit an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown environment &quot;%1&quot;: use development, staging or production.</source>
        <translation>Unbekannte Umgebung &quot;%1&quot;: Verwenden Sie development, staging oder production.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1245"/>
        <location line="+19"/>
        <source>No repository &quot;%1&quot; is registered.</source>
        <translation>Kein Repository &quot;%1&quot; ist registriert.</translation>
    </message>
    <message>
        <location line="-1237"/>
        <source>&quot;%1&quot; is no branch, tag or commit of %2.</source>
        <translation>&quot;%1&quot; ist kein Branch, Tag oder Commit von %2.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot read the commit&apos;s files: %1</source>
        <translation>Die Dateien des Commits können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commit %1 has no pipeline file (.opsdeck/pipeline.yml, .gitlab-ci.yml or .github/workflows/*.yml).</source>
        <translation>Commit %1 hat keine Pipeline-Datei (.opsdeck/pipeline.yml, .gitlab-ci.yml oder .github/workflows/*.yml).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The pipeline does not run for this commit: %1</source>
        <translation>Die Pipeline läuft für diesen Commit nicht: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>tests are turned off for this run</source>
        <translation>Tests sind für diesen Lauf ausgeschaltet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The pipeline has no jobs for this commit.</source>
        <translation>Die Pipeline hat für diesen Commit keine Jobs.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The run ended: %1</source>
        <translation>Der Lauf ist beendet: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+33"/>
        <source>No run &quot;%1&quot;.</source>
        <translation>Kein Lauf &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run %1 has already ended (%2).</source>
        <translation>Lauf %1 ist bereits beendet (%2).</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+30"/>
        <location line="+42"/>
        <location line="+18"/>
        <location line="+32"/>
        <source>No job %1.</source>
        <translation>Kein Job %1.</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Job %1 has already ended (%2).</source>
        <translation>Job %1 ist bereits beendet (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cancelled by %1</source>
        <translation>abgebrochen von %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled job %1</source>
        <translation>Job %1 abgebrochen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Job %1 cannot be retried: only a failed, cancelled or interrupted job that was not retried yet can.</source>
        <translation>Job %1 kann nicht wiederholt werden: Das geht nur bei einem fehlgeschlagenen, abgebrochenen oder unterbrochenen Job, der noch nicht wiederholt wurde.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No run &quot;%1&quot; with jobs.</source>
        <translation>Kein Lauf &quot;%1&quot; mit Jobs.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Run %1 has no failed, cancelled or interrupted job to retry.</source>
        <translation>Lauf %1 hat keinen fehlgeschlagenen, abgebrochenen oder unterbrochenen Job, der wiederholt werden könnte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Job %1 is not waiting for approval (%2).</source>
        <translation>Job %1 wartet nicht auf Genehmigung (%2).</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+30"/>
        <source>Cannot read the log of job %1.</source>
        <translation>Das Log von Job %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>The job is not in the pipeline file any more (%1).</source>
        <translation>Der Job steht nicht mehr in der Pipeline-Datei (%1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Running job %1 (attempt %2) on %3, resource class %4</source>
        <translation>Job %1 läuft (Versuch %2) auf %3, Ressourcenklasse %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The job log cannot be written: %1</source>
        <translation>Das Job-Log kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The repository is not available.</source>
        <translation>Das Repository ist nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checkout of %1 failed: %2</source>
        <translation>Checkout von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The artifacts of %1 cannot be restored: %2</source>
        <translation>Die Artefakte von %1 können nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Checked out %1 into a fresh workspace</source>
        <translation>%1 in ein frisches Arbeitsverzeichnis ausgecheckt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Skipped step &quot;%1&quot;: %2</source>
        <translation>Schritt &quot;%1&quot; übersprungen: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The if: of step &quot;%1&quot; cannot be evaluated: %2</source>
        <translation>Das if: von Schritt &quot;%1&quot; kann nicht ausgewertet werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the job was cancelled</source>
        <translation>der Job wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>an earlier step failed</source>
        <translation>ein früherer Schritt ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Step &quot;%1&quot; cannot start: %2</source>
        <translation>Schritt &quot;%1&quot; kann nicht starten: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Step &quot;%1&quot; failed: %2</source>
        <translation>Schritt &quot;%1&quot; fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Killed %n process(es) the step left running.</source>
        <translation>
            <numerusform>%n vom Schritt zurückgelassenen Prozess beendet.</numerusform>
            <numerusform>%n vom Schritt zurückgelassene Prozesse beendet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>continue-on-error: the job goes on</source>
        <translation>continue-on-error: Der Job läuft weiter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>step &quot;%1&quot;: %2</source>
        <translation>Schritt &quot;%1&quot;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Stored %n artifact file(s): %1 bytes, %2 new blob(s), %3 deduplicated</source>
        <translation>
            <numerusform>%n Artefaktdatei gespeichert: %1 Bytes, %2 neue Blob(s), %3 dedupliziert</numerusform>
            <numerusform>%n Artefaktdateien gespeichert: %1 Bytes, %2 neue Blob(s), %3 dedupliziert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storing the artifacts failed: %1</source>
        <translation>Das Speichern der Artefakte ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No deploy target &quot;%1&quot; is available: %2</source>
        <translation>Kein Deploy-Ziel &quot;%1&quot; verfügbar: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Deploying to %1 with the local service target (%2)</source>
        <translation>Deployment nach %1 mit dem lokalen Dienst-Ziel (%2)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Deployment %1 to %2</source>
        <translation>Deployment %1 nach %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deployed: %1 is live</source>
        <translation>Deployt: %1 ist live</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The smoke test failed; rolled back, the previous release keeps serving: %1</source>
        <translation>Der Smoke-Test ist fehlgeschlagen; zurückgerollt, das vorherige Release bleibt in Betrieb: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The deployment failed: %1</source>
        <translation>Das Deployment ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Job %1: %2</source>
        <translation>Job %1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Automatic retry %1 of %2 in %3</source>
        <translation>Automatische Wiederholung %1 von %2 in %3</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The webhook notification was not delivered: %1</source>
        <translation>Die Webhook-Benachrichtigung wurde nicht zugestellt: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Nothing is deployed to %1.</source>
        <translation>In %1 ist nichts deployt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no earlier successful deployment to roll back to.</source>
        <translation>%1 hat kein früheres erfolgreiches Deployment, auf das zurückgerollt werden kann.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>rollback of %1 to %2</source>
        <translation>Rollback von %1 auf %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The rollback of %1 failed.</source>
        <translation>Der Rollback von %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rolled %1 back: %2 replaces %3</source>
        <translation>%1 zurückgerollt: %2 ersetzt %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The rollback record is gone.</source>
        <translation>Der Rollback-Eintrag ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cannot read the repository registry.</source>
        <translation>Das Repository-Verzeichnis kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot add repository &quot;%1&quot;.</source>
        <translation>Repository &quot;%1&quot; kann nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot list the branches of %1.</source>
        <translation>Die Branches von %1 können nicht aufgelistet werden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot read the history of %1 at %2.</source>
        <translation>Der Verlauf von %1 auf %2 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No registered repository matches %1 (%2).</source>
        <translation>Kein registriertes Repository passt zu %1 (%2).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Run %1 of %2 at %3 started.</source>
        <translation>Lauf %1 von %2 auf %3 gestartet.</translation>
    </message>
    <message>
        <location filename="../plugins/pipelines/asyncresult.h" line="+33"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../plugins/pipelines/deploymentsview.cpp" line="+292"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../plugins/pipelines/auditview.cpp" line="+29"/>
        <source>Filter: kind, person, run or text</source>
        <translation>Filter: Art, Person, Lauf oder Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../plugins/pipelines/deploymentsview.cpp" line="-224"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../plugins/pipelines/deploymentsview.cpp" line="-1"/>
        <location filename="../plugins/pipelines/runlistmodel.cpp" line="+231"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The audit trail cannot be read: %1</source>
        <translation>Der Audit-Trail kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 of %2 events</source>
        <translation>%1 von %2 Ereignissen</translation>
    </message>
    <message>
        <location filename="../plugins/pipelines/deploymentsview.cpp" line="-24"/>
        <source>Freeze %1</source>
        <translation>%1 einfrieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is %1 frozen? (shown to everyone who tries to deploy)</source>
        <translation>Warum wird %1 eingefroren? (wird allen angezeigt, die ein Deployment versuchen)</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../plugins/pipelines/runlistmodel.cpp" line="-1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../plugins/pipelines/runlistmodel.cpp" line="+4"/>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../plugins/pipelines/runlistmodel.cpp" line="-1"/>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../plugins/pipelines/runlistmodel.cpp" line="+3"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The environments cannot be read: %1</source>
        <translation>Die Umgebungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <location filename="../plugins/pipelines/triggerdialog.cpp" line="+108"/>
        <source>This profile has no pipeline engine.</source>
        <translation>Dieses Profil hat keine Pipeline-Engine.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Live: %1 (%2)
run %3 · %4 · %5</source>
        <translation>Live: %1 (%2)
Lauf %3 · %4 · %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
%1, slot %2</source>
        <translation>
%1, Slot %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commit %1
Run %2
Deployment %3%4</source>
        <translation>Commit %1
Lauf %2
Deployment %3%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing deployed yet.</source>
        <translation>Noch nichts deployt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>❄ Frozen by %1</source>
        <translation>❄ Eingefroren von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>❄ Frozen by %1: %2</source>
        <translation>❄ Eingefroren von %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unfreeze</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Freeze…</source>
        <translation>Einfrieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let deployments to %1 start again</source>
        <translation>Deployments nach %1 wieder starten lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop every deployment to %1 from starting</source>
        <translation>Verhindern, dass Deployments nach %1 starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rollback…</source>
        <translation>Rollback …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the previous successful deployment of %1 back</source>
        <translation>Das vorherige erfolgreiche Deployment von %1 wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The history of %1 cannot be read: %2</source>
        <translation>Der Verlauf von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History of %1: no deployment yet</source>
        <translation>Verlauf von %1: noch kein Deployment</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll back %1?</source>
        <translation>%1 zurückrollen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 runs %2 now. Put its previous successful deployment back?</source>
        <translation>In %1 läuft jetzt %2. Möchten Sie das vorherige erfolgreiche Deployment wiederherstellen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rolling %1 back…</source>
        <translation>%1 wird zurückgerollt …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rollback of %1</source>
        <translation>Rollback von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <location filename="../plugins/pipelines/runview.cpp" line="+384"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>%1 is back on %2.</source>
        <translation>%1 ist wieder auf %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Freeze of %1</source>
        <translation>Einfrieren von %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unfreeze of %1</source>
        <translation>Freigabe von %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is frozen: no deployment starts until it is unfrozen.</source>
        <translation>%1 ist eingefroren: Kein Deployment startet, bis die Umgebung wieder freigegeben ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is open for deployments again.</source>
        <translation>%1 ist wieder für Deployments freigegeben.</translation>
    </message>
    <message>
        <location filename="../plugins/pipelines/logview.cpp" line="+60"/>
        <location line="+125"/>
        <source>Select a job to see its log.</source>
        <translation>Wählen Sie einen Job aus, um sein Log zu sehen.</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Search the log (Ctrl+F)</source>
        <translation>Das Log durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show when each line was written (Ctrl+Shift+T)</source>
        <translation>Anzeigen, wann jede Zeile geschrieben wurde (Strg+Umschalt+T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the newest line in view while the job runs (Ctrl+Shift+L)</source>
        <translation>Die neueste Zeile im Blick behalten, solange der Job läuft (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First Error</source>
        <translation>Erster Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the first line that mentions an error (Ctrl+E)</source>
        <translation>Zur ersten Zeile springen, die einen Fehler erwähnt (Strg+E)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The log cannot be read: %1</source>
        <translation>Das Log kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>search failed</source>
        <translation>Suche fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>no match</source>
        <translation>kein Treffer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2%3</source>
        <translation>%1 von %2%3</translation>
    </message>
    <message>
        <location filename="../plugins/pipelines/pipelinespanel.cpp" line="+56"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployments</source>
        <translation>Deployments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit Trail</source>
        <translation>Audit-Trail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trigger Pipeline…</source>
        <translation>Pipeline starten …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a run of a repository&apos;s pipeline (Ctrl+Shift+P)</source>
        <translation>Einen Lauf der Pipeline eines Repositorys starten (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This profile has no pipeline engine. Switch to a profile with the local engine (or start with --demo) to see pipeline runs here.</source>
        <translation>Dieses Profil hat keine Pipeline-Engine. Wechseln Sie zu einem Profil mit der lokalen Engine (oder starten Sie mit --demo), um hier Pipeline-Läufe zu sehen.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Show the runs of one repository</source>
        <translation>Die Läufe eines Repositorys anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All repositories</source>
        <translation>Alle Repositorys</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Any environment</source>
        <translation>Jede Umgebung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter runs: branch, commit, person… (Ctrl+F)</source>
        <translation>Läufe filtern: Branch, Commit, Person … (Strg+F)</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The runs cannot be listed: %1</source>
        <translation>Die Läufe können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 %2 @ %3</source>
        <translation>%1 %2 @ %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pipeline succeeded</source>
        <translation>Pipeline erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 succeeded (run %2).</source>
        <translation>%1 war erfolgreich (Lauf %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pipeline failed</source>
        <translation>Pipeline fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed (run %2). Open the Pipelines view for the failing job&apos;s log.</source>
        <translation>%1 ist fehlgeschlagen (Lauf %2). Das Log des fehlgeschlagenen Jobs steht in der Ansicht „Pipelines“.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Deployment rolled back</source>
        <translation>Deployment zurückgerollt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in %2 (commit %3) was rolled back.</source>
        <translation>%1 in %2 (Commit %3) wurde zurückgerollt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in %2 (commit %3) was rolled back: %4</source>
        <translation>%1 in %2 (Commit %3) wurde zurückgerollt: %4</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Pipelines: no engine</source>
        <translation>Pipelines: keine Engine</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pipelines: %1 running, %2 queued</source>
        <translation>Pipelines: %1 laufend, %2 wartend</translation>
    </message>
    <message>
        <location filename="../plugins/pipelines/pipelinesplugin.cpp" line="+45"/>
        <source>Running and queued pipeline runs. Click to open the Pipelines panel.</source>
        <translation>Laufende und wartende Pipeline-Läufe. Klicken, um das Pipelines-Panel zu öffnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+51"/>
        <source>Pipelines</source>
        <translation>Pipelines</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Show Pipelines</source>
        <translation>Pipelines anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the Pipelines panel: runs, deployments and the audit trail</source>
        <translation>Das Pipelines-Panel öffnen: Läufe, Deployments und der Audit-Trail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trigger pipeline…</source>
        <translation>Pipeline starten …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a run: repository, branch or tag, commit and environment</source>
        <translation>Einen Lauf starten: Repository, Branch oder Tag, Commit und Umgebung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rollback environment…</source>
        <translation>Umgebung zurückrollen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put an environment&apos;s previous successful deployment back</source>
        <translation>Das vorherige erfolgreiche Deployment einer Umgebung wiederherstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roll back which environment?</source>
        <translation>Welche Umgebung zurückrollen?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Freeze environment…</source>
        <translation>Umgebung einfrieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop deployments to an environment from starting (or let them start again)</source>
        <translation>Verhindern, dass Deployments in eine Umgebung starten (oder sie wieder zulassen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Freeze</source>
        <translation>Einfrieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Freeze or unfreeze which environment?</source>
        <translation>Welche Umgebung einfrieren oder freigeben?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pipeline runs, deployments and the audit trail</source>
        <translation>Pipeline-Läufe, Deployments und der Audit-Trail</translation>
    </message>
    <message>
        <location filename="../plugins/pipelines/rundagview.cpp" line="+37"/>
        <source>running %1</source>
        <translation>läuft seit %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for approval</source>
        <translation>wartet auf Genehmigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, attempt %2</source>
        <translation>%1, Versuch %2</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Select a run to see its jobs.</source>
        <translation>Wählen Sie einen Lauf aus, um seine Jobs zu sehen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This run has no jobs.</source>
        <translation>Dieser Lauf hat keine Jobs.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 (allowed)</source>
        <translation>%1 (erlaubt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ⚠</source>
        <translation>%1 ⚠</translation>
    </message>
    <message>
        <location filename="../plugins/pipelines/runlistmodel.cpp" line="-82"/>
        <source>%1s</source>
        <translation>%1s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1m %2s</source>
        <translation>%1m %2s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1h %2m</source>
        <translation>%1h %2m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1d %2h</source>
        <translation>%1d %2h</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1
Deploys to %2</source>
        <translation>%1
Deployt nach %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location filename="../plugins/pipelines/runview.cpp" line="-312"/>
        <source>Cancel Run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel every unfinished job of this run</source>
        <translation>Alle nicht beendeten Jobs dieses Laufs abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry Failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run every failed, cancelled or interrupted job again</source>
        <translation>Alle fehlgeschlagenen, abgebrochenen oder unterbrochenen Jobs erneut ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel Job</source>
        <translation>Job abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop the selected job (its process tree is killed)</source>
        <translation>Den ausgewählten Job stoppen (sein Prozessbaum wird beendet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry Job</source>
        <translation>Job wiederholen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run the selected job again as a new attempt</source>
        <translation>Den ausgewählten Job als neuen Versuch erneut ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+341"/>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <location line="-341"/>
        <source>Start the selected manual job</source>
        <translation>Den ausgewählten manuellen Job starten</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Selected job:</source>
        <translation>Ausgewählter Job:</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The run cannot be read: %1</source>
        <translation>Der Lauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No run selected</source>
        <translation>Kein Lauf ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a run on the left, or trigger one (Ctrl+Shift+P).</source>
        <translation>Wählen Sie links einen Lauf aus oder starten Sie einen (Strg+Umschalt+P).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+16"/>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2 %3 @ %4</source>
        <translation>%1 — %2 %3 @ %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>to %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>took %1</source>
        <translation>Dauer %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>started %1</source>
        <translation>gestartet um %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot run offline: %1</source>
        <translation>Läuft offline nicht: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot run offline (%1): %2</source>
        <translation>Läuft offline nicht (%1): %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>… and %n more (see the tooltip)</source>
        <translation>
            <numerusform>… und %n weiteres Problem (siehe Tooltip)</numerusform>
            <numerusform>… und %n weitere Probleme (siehe Tooltip)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancel run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retry failed jobs</source>
        <translation>Fehlgeschlagene Jobs wiederholen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel job</source>
        <translation>Job abbrechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retry job</source>
        <translation>Job wiederholen</translation>
    </message>
    <message>
        <location filename="../plugins/pipelines/triggerdialog.cpp" line="-78"/>
        <source>Trigger Pipeline</source>
        <translation>Pipeline starten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>development</source>
        <translation>development</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staging</source>
        <translation>staging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>production</source>
        <translation>production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run tests</source>
        <translation>Tests aus&amp;führen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roll &amp;back on failure</source>
        <translation>Bei Fehler &amp;zurückrollen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tri&amp;gger</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;pository:</source>
        <translation>Re&amp;pository:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch or &amp;tag:</source>
        <translation>Branch oder &amp;Tag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Commit:</source>
        <translation>&amp;Commit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Loading repositories…</source>
        <translation>Repositorys werden geladen …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The repositories cannot be listed: %1</source>
        <translation>Die Repositorys können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No repository is registered. Add one with `opsctl pipelines repos add NAME PATH`.</source>
        <translation>Kein Repository ist registriert. Fügen Sie eines mit `opsctl pipelines repos add NAME PATH` hinzu.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The branches cannot be listed: %1</source>
        <translation>Die Branches können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (tag)</source>
        <translation>%1 (Tag)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The commits cannot be listed: %1</source>
        <translation>Die Commits können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1  %2 — %3</source>
        <translation>%1  %2 — %3</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Pick a repository and a branch or tag first.</source>
        <translation>Wählen Sie zuerst ein Repository und einen Branch oder Tag aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Triggering…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pipeline was not triggered: %1</source>
        <translation>Die Pipeline wurde nicht gestartet: %1</translation>
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
    <name>SecretStore</name>
    <message>
        <location filename="../backend-clients/embedded/secrets/store/src/embeddedsecretstore.cpp" line="+54"/>
        <source>The vault is locked.</source>
        <translation>Der Vault ist gesperrt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unlock it with its passphrase first</source>
        <translation>entsperren Sie ihn zuerst mit seiner Passphrase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no vault yet.</source>
        <translation>Es gibt noch keinen Vault.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create one first</source>
        <translation>legen Sie zuerst einen an</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Wrong passphrase.</source>
        <translation>Falsche Passphrase.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault&apos;s policies do not allow this.</source>
        <translation>Die Richtlinien des Vaults erlauben das nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not found in the vault.</source>
        <translation>Im Vault nicht gefunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault refused a malformed request.</source>
        <translation>Der Vault hat eine fehlerhafte Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A vault file failed its integrity check.</source>
        <translation>Eine Vault-Datei hat die Integritätsprüfung nicht bestanden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault is in use by another process.</source>
        <translation>Der Vault wird von einem anderen Prozess verwendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault&apos;s files cannot be written.</source>
        <translation>Die Dateien des Vaults können nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit log cannot be written, so nothing was done.</source>
        <translation>Das Audit-Log kann nicht geschrieben werden, daher wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault failed.</source>
        <translation>Der Vault ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The demo vault&apos;s passphrase is &quot;%1&quot;. It is shown only this once: note it now.</source>
        <translation>Die Passphrase des Demo-Vaults lautet &quot;%1&quot;. Sie wird nur dieses eine Mal angezeigt: Notieren Sie sie jetzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The demo vault could not be made: %1</source>
        <translation>Der Demo-Vault konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Local vault (%1)</source>
        <translation>Lokaler Vault (%1)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This folder already holds a vault.</source>
        <translation>Dieser Ordner enthält bereits einen Vault.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A passphrase has at least 8 characters.</source>
        <translation>Eine Passphrase hat mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The vault was locked while it was unlocking.</source>
        <translation>Der Vault wurde gesperrt, während er entsperrt wurde.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Quick unlock is not turned on for this vault here.</source>
        <translation>Die Schnellentsperrung ist für diesen Vault hier nicht eingeschaltet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unlock with the passphrase</source>
        <translation>mit der Passphrase entsperren</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>A version is 0 (current) or more.</source>
        <translation>Eine Version ist 0 (aktuell) oder größer.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Roll back to which version?</source>
        <translation>Auf welche Version zurücksetzen?</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Destroy which version?</source>
        <translation>Welche Version vernichten?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The policy document does not read.</source>
        <translation>Das Richtliniendokument ist nicht lesbar.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown capability &quot;%1&quot;.</source>
        <translation>Unbekannte Berechtigung &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../backend-clients/embedded/secrets/store/src/oskeyring.cpp" line="+34"/>
        <source>The system keyring holds no key for this vault.</source>
        <translation>Der Schlüsselbund des Systems enthält keinen Schlüssel für diesen Vault.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unlock with the passphrase and turn quick unlock on again</source>
        <translation>mit der Passphrase entsperren und die Schnellentsperrung wieder einschalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring refused access.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No system keyring is available.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keyring failed.</source>
        <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The system keyring did not answer.</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after %1 ms</source>
        <translation>nach %1 ms</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <location filename="../plugins/secrets/asyncresult.h" line="+34"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../plugins/secrets/auditview.cpp" line="+36"/>
        <location line="+147"/>
        <location filename="../plugins/secrets/secretdetails.cpp" line="+59"/>
        <location filename="../plugins/secrets/secretspanel.cpp" line="+51"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+33"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Path prefix, e.g. payments/</source>
        <translation>Pfadpräfix, z. B. payments/</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any action</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Denied only</source>
        <translation>Nur abgelehnte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify Chain</source>
        <translation>Kette prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check every entry&apos;s hash link from the first: shows whether the log was altered</source>
        <translation>Die Hash-Verkettung aller Einträge ab dem ersten prüfen: zeigt, ob das Log verändert wurde</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>denied</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No entries match these filters.</source>
        <translation>Keine Einträge passen zu diesen Filtern.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verifying…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not verify: %1</source>
        <translation>Prüfung nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Audit log intact: %n entries checked.</source>
        <translation>
            <numerusform>Audit-Log intakt: %n Eintrag geprüft.</numerusform>
            <numerusform>Audit-Log intakt: %n Einträge geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit log altered: first bad entry #%1: %2</source>
        <translation>Audit-Log verändert: erster fehlerhafter Eintrag #%1: %2</translation>
    </message>
    <message>
        <location filename="../plugins/secrets/lockpages.cpp" line="+145"/>
        <source>Create a vault</source>
        <translation>Einen Vault anlegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Secrets are encrypted with a key derived from this passphrase. Nobody can recover a forgotten passphrase: keep it somewhere safe.</source>
        <translation>Secrets werden mit einem Schlüssel verschlüsselt, der aus dieser Passphrase abgeleitet wird. Eine vergessene Passphrase kann niemand wiederherstellen: Bewahren Sie sie sicher auf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+156"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Type the passphrase again</source>
        <translation>Passphrase erneut eingeben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Create Vault</source>
        <translation>Vault anlegen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Type it again:</source>
        <translation>Passphrase &amp;wiederholen:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Use at least %1 characters. Four or more random words make a strong passphrase that is easy to type.</source>
        <translation>Verwenden Sie mindestens %1 Zeichen. Vier oder mehr zufällige Wörter ergeben eine starke Passphrase, die sich leicht eingeben lässt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too short: use at least %1 characters.</source>
        <translation>Zu kurz: Verwenden Sie mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weak: add more words or characters.</source>
        <translation>Schwach: Fügen Sie weitere Wörter oder Zeichen hinzu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fair: a few more characters make it strong.</source>
        <translation>Mittel: Ein paar Zeichen mehr machen sie stark.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Good.</source>
        <translation>Gut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The vault is locked</source>
        <translation>Der Vault ist gesperrt</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+67"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Unlock with System Keyring</source>
        <translation>Mit System-Schlüsselbund entsperren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the vault with the key this computer&apos;s keyring keeps for it</source>
        <translation>Den Vault mit dem Schlüssel öffnen, den der Schlüsselbund dieses Rechners für ihn aufbewahrt</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1, as %2</source>
        <translation>%1, als %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unlocking…</source>
        <translation>Wird entsperrt …</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type the vault&apos;s passphrase.</source>
        <translation>Geben Sie die Passphrase des Vaults ein.</translation>
    </message>
    <message>
        <location filename="../plugins/secrets/metadataform.cpp" line="+27"/>
        <source>Team or person responsible</source>
        <translation>Zuständiges Team oder zuständige Person</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comma-separated, e.g. prod, pci</source>
        <translation>Durch Kommas getrennt, z. B. prod, pci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../plugins/secrets/secretsbrowser.cpp" line="+233"/>
        <source>No rotation policy</source>
        <translation>Keine Rotationsrichtlinie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>random:32:alnum</source>
        <translation>random:32:alnum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How &quot;Rotate Now&quot; makes the next value:
random:LENGTH:SET with SET alnum, hex, base64url or printable,
or command:COMMAND LINE, whose output becomes the value.</source>
        <translation>Wie &quot;Jetzt rotieren&quot; den nächsten Wert erzeugt:
random:LENGTH:SET mit SET alnum, hex, base64url oder printable,
oder command:COMMAND LINE; die Ausgabe des Befehls wird zum Wert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Metadata</source>
        <translation>Metadaten speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Eigentümer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry:</source>
        <translation>Ablauf:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rotate every:</source>
        <translation>&amp;Rotieren alle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Generator:</source>
        <translation>&amp;Generator:</translation>
    </message>
    <message>
        <location filename="../plugins/secrets/policydocument.cpp" line="+39"/>
        <source>The vault&apos;s policy document is not valid JSON.</source>
        <translation>Das Richtliniendokument des Vaults ist kein gültiges JSON.</translation>
    </message>
    <message>
        <location filename="../plugins/secrets/policyeditor.cpp" line="+66"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard edits and load the vault&apos;s identities and policies again</source>
        <translation>Änderungen verwerfen und die Identitäten und Richtlinien des Vaults neu laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Identities and Policies</source>
        <translation>Identitäten und Richtlinien speichern</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Can an identity do this?</source>
        <translation>Darf eine Identität das?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../plugins/secrets/valuedialog.cpp" line="+65"/>
        <source>team/app/name</source>
        <translation>team/app/name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Can</source>
        <translation>Darf</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Identities</source>
        <translation>Identitäten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <location filename="../plugins/secrets/secretsbrowser.cpp" line="-99"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-30"/>
        <location filename="../plugins/secrets/secretdetails.cpp" line="+143"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Names of policies, separated by commas</source>
        <translation>Namen von Richtlinien, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Identity</source>
        <translation>Identität hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+33"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add Policy</source>
        <translation>Richtlinie hinzufügen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Path pattern</source>
        <translation>Pfadmuster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capabilities</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Effect</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segments separated by /; * matches within a segment, ** any number of segments</source>
        <translation>Durch / getrennte Segmente; * passt innerhalb eines Segments, ** auf beliebig viele Segmente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Separated by commas: %1</source>
        <translation>Durch Kommas getrennt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove Rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Rules: select a policy</source>
        <translation>Regeln: Wählen Sie eine Richtlinie aus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rules of &quot;%1&quot; (a matching deny wins over any allow)</source>
        <translation>Regeln von &quot;%1&quot; (ein passendes deny hat Vorrang vor jedem allow)</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Not saved. %1</source>
        <translation>Nicht gespeichert. %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved. The vault enforces these identities and policies now.</source>
        <translation>Gespeichert. Der Vault setzt diese Identitäten und Richtlinien ab sofort durch.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose an identity and type a path.</source>
        <translation>Wählen Sie eine Identität und geben Sie einen Pfad ein.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>✔ Allowed</source>
        <translation>✔ Erlaubt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✘ Denied</source>
        <translation>✘ Abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../plugins/secrets/secretdetails.cpp" line="-134"/>
        <source>Select a secret to see its value, history and metadata.</source>
        <translation>Wählen Sie ein Secret aus, um seinen Wert, seinen Verlauf und seine Metadaten zu sehen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+17"/>
        <location filename="../plugins/secrets/valuedialog.cpp" line="+33"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../plugins/secrets/valuedialog.cpp" line="+0"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+339"/>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="-338"/>
        <source>Show the current value for a few seconds (the read is audited)</source>
        <translation>Den aktuellen Wert einige Sekunden lang anzeigen (der Lesezugriff wird im Audit-Log erfasst)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the current value; the clipboard is cleared again after a while</source>
        <translation>Den aktuellen Wert kopieren; die Zwischenablage wird nach einer Weile wieder geleert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Version…</source>
        <translation>Neue Version …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rotate Now</source>
        <translation>Jetzt rotieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a new version made by the secret&apos;s generator</source>
        <translation>Eine neue Version mit dem Generator des Secrets schreiben</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../plugins/secrets/secretsbrowser.cpp" line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created by</source>
        <translation>Angelegt von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created at</source>
        <translation>Angelegt am</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reveal Version</source>
        <translation>Version anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roll Back to This</source>
        <translation>Auf diese zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a new version holding the value of the selected one</source>
        <translation>Eine neue Version mit dem Wert der ausgewählten schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soft-delete the selected version; Undelete brings it back</source>
        <translation>Die ausgewählte Version als gelöscht markieren; „Wiederherstellen“ holt sie zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undelete</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destroy…</source>
        <translation>Vernichten …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected version&apos;s value for good</source>
        <translation>Den Wert der ausgewählten Version endgültig entfernen</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>This secret store does not show versions or metadata.</source>
        <translation>Dieser Secret-Speicher zeigt keine Versionen oder Metadaten an.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every version deleted</source>
        <translation>alle Versionen gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updated %1 by %2</source>
        <translation>aktualisiert am %1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rotate by %1</source>
        <translation>rotieren bis %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expires %1</source>
        <translation>läuft ab am %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>destroyed</source>
        <translation>vernichtet</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../plugins/secrets/secretsbrowser.cpp" line="+90"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Needs a generator: set one on the Metadata tab</source>
        <translation>Benötigt einen Generator: Legen Sie ihn im Tab „Metadaten“ fest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a new version made by %1</source>
        <translation>Eine neue Version mit %1 schreiben</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Hidden. Reveal shows it for %n second(s).</source>
        <translation>
            <numerusform>Verborgen. „Anzeigen“ blendet ihn %n Sekunde lang ein.</numerusform>
            <numerusform>Verborgen. „Anzeigen“ blendet ihn %n Sekunden lang ein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Version %1 · hidden again in %n second(s)</source>
        <translation>
            <numerusform>Version %1 · wird in %n Sekunde wieder verborgen</numerusform>
            <numerusform>Version %1 · wird in %n Sekunden wieder verborgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Metadata saved.</source>
        <translation>Metadaten gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rotated: a new version was written.</source>
        <translation>Rotiert: Eine neue Version wurde geschrieben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rolled back: a new version holds the value of version %1.</source>
        <translation>Zurückgesetzt: Eine neue Version enthält den Wert von Version %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version %1 deleted.</source>
        <translation>Version %1 gelöscht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version %1 restored.</source>
        <translation>Version %1 wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Destroy Version</source>
        <translation>Version vernichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destroy version %1 of %2?</source>
        <translation>Version %1 von %2 vernichten?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its value is removed for good and cannot be brought back.</source>
        <translation>Ihr Wert wird endgültig entfernt und kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destroy</source>
        <translation>Vernichten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version %1 destroyed.</source>
        <translation>Version %1 vernichtet.</translation>
    </message>
    <message>
        <location filename="../plugins/secrets/secretsbrowser.cpp" line="-99"/>
        <source>Filter by path or owner</source>
        <translation>Nach Pfad oder Eigentümer filtern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show only secrets that are due or overdue for rotation</source>
        <translation>Nur Secrets anzeigen, deren Rotation fällig oder überfällig ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Rotate by %1</source>
        <translation>Rotieren bis %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../plugins/secrets/secretsstyle.cpp" line="+32"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Due for rotation (%1)</source>
        <translation>Rotation fällig (%1)</translation>
    </message>
    <message>
        <location filename="../plugins/secrets/secretspanel.cpp" line="+30"/>
        <source>The vault was created. Unlock it with the new passphrase.</source>
        <translation>Der Vault wurde angelegt. Entsperren Sie ihn mit der neuen Passphrase.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Locked after %n minute(s) without input.</source>
        <translation>
            <numerusform>Nach %n Minute ohne Eingabe gesperrt.</numerusform>
            <numerusform>Nach %n Minuten ohne Eingabe gesperrt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked after a while without input.</source>
        <translation>Nach einer Weile ohne Eingabe gesperrt.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../plugins/secrets/secretsplugin.cpp" line="+43"/>
        <location line="+40"/>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identities and Policies</source>
        <translation>Identitäten und Richtlinien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit Log</source>
        <translation>Audit-Log</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../plugins/secrets/secretsplugin.cpp" line="-16"/>
        <source>New Secret…</source>
        <translation>Neues Secret …</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../plugins/secrets/secretsplugin.cpp" line="+2"/>
        <source>Write the first version of a new secret</source>
        <translation>Die erste Version eines neuen Secrets schreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings…</source>
        <translation>Einstellungen …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Auto-lock, reveal and clipboard timings</source>
        <translation>Zeiten für automatisches Sperren, Anzeigen und Zwischenablage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget every key now; the passphrase is needed again</source>
        <translation>Alle Schlüssel sofort verwerfen; danach wird die Passphrase wieder benötigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick Unlock</source>
        <translation>Schnellentsperrung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep a key in this computer&apos;s keyring, so it opens the vault without the passphrase</source>
        <translation>Einen Schlüssel im Schlüsselbund dieses Rechners ablegen, damit er den Vault ohne Passphrase öffnet</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Demo vault ready</source>
        <translation>Demo-Vault bereit</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No secret store in this profile</source>
        <translation>Kein Secret-Speicher in diesem Profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No profile is active. Choose one in the Profile box of the toolbar.</source>
        <translation>Kein Profil ist aktiv. Wählen Sie eines im Feld „Profil“ der Werkzeugleiste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile &quot;%1&quot; does not provide a secret store. Switch to a profile with a vault in the Profile box of the toolbar.</source>
        <translation>Das Profil &quot;%1&quot; stellt keinen Secret-Speicher bereit. Wechseln Sie im Feld „Profil“ der Werkzeugleiste zu einem Profil mit Vault.</translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>%n secret(s)</source>
        <translation>
            <numerusform>%n Secret</numerusform>
            <numerusform>%n Secrets</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · as %2</source>
        <translation>%1 · als %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Secrets overdue for rotation</source>
        <translation>Secrets mit überfälliger Rotation</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n secret(s) in the vault are older than their rotation policy allows. Use &quot;Due for rotation&quot; in the Secrets panel to find them.</source>
        <translation>
            <numerusform>%n Secret im Vault ist älter, als seine Rotationsrichtlinie erlaubt. Mit &quot;Rotation fällig&quot; im Secrets-Panel finden Sie es.</numerusform>
            <numerusform>%n Secrets im Vault sind älter, als ihre Rotationsrichtlinie erlaubt. Mit &quot;Rotation fällig&quot; im Secrets-Panel finden Sie sie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Storing a key in the system keyring…</source>
        <translation>Schlüssel wird im Schlüsselbund des Systems abgelegt…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removing the key from the system keyring…</source>
        <translation>Schlüssel wird aus dem Schlüsselbund des Systems entfernt…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Quick unlock is on: this computer&apos;s keyring opens the vault.</source>
        <translation>Schnellentsperrung ist eingeschaltet: der Schlüsselbund dieses Rechners öffnet den Vault.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick unlock is off: only the passphrase opens the vault.</source>
        <translation>Schnellentsperrung ist ausgeschaltet: nur die Passphrase öffnet den Vault.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Vault alert</source>
        <translation>Vault-Warnung</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No vault</source>
        <translation>Kein Vault</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault: not created</source>
        <translation>Vault: nicht angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault: locked</source>
        <translation>Vault: gesperrt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault: unlocked</source>
        <translation>Vault: entsperrt</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Not written: %1</source>
        <translation>Nicht geschrieben: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrote version %1 of %2.</source>
        <translation>Version %1 von %2 geschrieben.</translation>
    </message>
    <message>
        <location filename="../plugins/secrets/secretsplugin.cpp" line="-33"/>
        <source>Whether the vault is unlocked. Click to open the Secrets panel.</source>
        <translation>Ob der Vault entsperrt ist. Klicken, um das Secrets-Panel zu öffnen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find Secret</source>
        <translation>Secret suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the Secrets panel and put the cursor in the filter (or the passphrase)</source>
        <translation>Das Secrets-Panel öffnen und den Cursor in den Filter (oder die Passphrase) setzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lock Vault</source>
        <translation>Vault sperren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget the vault&apos;s keys now; the passphrase is needed again</source>
        <translation>Die Schlüssel des Vaults sofort verwerfen; danach wird die Passphrase wieder benötigt</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unlock the vault; find, reveal, copy and rotate secrets</source>
        <translation>Den Vault entsperren; Secrets suchen, anzeigen, kopieren und rotieren</translation>
    </message>
    <message>
        <location filename="../plugins/secrets/secretssettings.cpp" line="+49"/>
        <source>Secrets Settings</source>
        <translation>Secrets-Einstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lock the vault after &amp;idle time:</source>
        <translation>&amp;Leerlaufzeit bis zum Sperren des Vaults:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide a &amp;revealed value after:</source>
        <translation>Angezeigten Wert &amp;verbergen nach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear a &amp;copied value from the clipboard after:</source>
        <translation>&amp;Kopierten Wert aus der Zwischenablage löschen nach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle means no key press or mouse click anywhere in OpsDeck.</source>
        <translation>Leerlauf bedeutet: kein Tastendruck und kein Mausklick irgendwo in OpsDeck.</translation>
    </message>
    <message>
        <location filename="../plugins/secrets/secretsstyle.cpp" line="-2"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Multi-line</source>
        <translation>Mehrzeilig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key/value map</source>
        <translation>Schlüssel/Wert-Zuordnung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../plugins/secrets/valuedialog.cpp" line="-38"/>
        <source>New Secret</source>
        <translation>Neues Secret</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Version of %1</source>
        <translation>Neue Version von %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>-----BEGIN CERTIFICATE-----
…</source>
        <translation>-----BEGIN CERTIFICATE-----
…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add Entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Entry</source>
        <translation>Eintrag entfernen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Write Version</source>
        <translation>Version schreiben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Give the secret a path, such as payments/api/stripe-key.</source>
        <translation>Geben Sie dem Secret einen Pfad, z. B. payments/api/stripe-key.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Entry %1 has no key.</source>
        <translation>Eintrag %1 hat keinen Schlüssel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key &quot;%1&quot; is given twice.</source>
        <translation>Der Schlüssel &quot;%1&quot; kommt doppelt vor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add at least one entry.</source>
        <translation>Fügen Sie mindestens einen Eintrag hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a value.</source>
        <translation>Geben Sie einen Wert ein.</translation>
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
    <message>
        <location filename="../backend-clients/api/src/logstore.cpp" line="+54"/>
        <location line="+21"/>
        <source>This log store cannot do that.</source>
        <translation>Dieser Log-Speicher unterstützt das nicht.</translation>
    </message>
    <message>
        <location filename="../backend-clients/api/src/deploytarget.cpp" line="+79"/>
        <source>A deploy target kind must be lowercase letters, digits and &apos;-&apos;, starting with a letter.</source>
        <translation>Ein Deploy-Ziel-Typ darf nur aus Kleinbuchstaben, Ziffern und &apos;-&apos; bestehen und muss mit einem Buchstaben beginnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The deploy target kind &quot;%1&quot; has no factory.</source>
        <translation>Der Deploy-Ziel-Typ &quot;%1&quot; hat keine Factory.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The deploy target kind &quot;%1&quot; is already registered.</source>
        <translation>Der Deploy-Ziel-Typ &quot;%1&quot; ist bereits registriert.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No deploy target of kind &quot;%1&quot; is registered.</source>
        <translation>Kein Deploy-Ziel vom Typ &quot;%1&quot; ist registriert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The factory of deploy target kind &quot;%1&quot; returned nothing.</source>
        <translation>Die Factory des Deploy-Ziel-Typs &quot;%1&quot; hat nichts geliefert.</translation>
    </message>
    <message>
        <location filename="../backend-clients/embedded/pipelines/engine/src/embeddedpipelineengine.cpp" line="+59"/>
        <source>The pipeline engine needs a folder.</source>
        <translation>Die Pipeline-Engine benötigt einen Ordner.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Local pipelines</source>
        <translation>Lokale Pipelines</translation>
    </message>
</context>
</TS>
