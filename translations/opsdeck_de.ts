<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Alerts</name>
    <message>
        <location filename="../backend-clients/embedded/alerts/src/alertstate.cpp" line="+32"/>
        <source>Malformed alert history entry.</source>
        <translation>Fehlerhafter Eintrag im Alarmverlauf.</translation>
    </message>
    <message>
        <location filename="../backend-clients/embedded/alerts/src/duration.cpp" line="+26"/>
        <source>empty duration, expected e.g. &quot;5m&quot; or &quot;1h30m&quot;</source>
        <translation>leere Dauer, erwartet z. B. &quot;5m&quot; oder &quot;1h30m&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot;: expected a number at character %2, e.g. &quot;5m&quot; or &quot;1h30m&quot;</source>
        <translation>&quot;%1&quot;: an Zeichen %2 wird eine Zahl erwartet, z. B. &quot;5m&quot; oder &quot;1h30m&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot;: a unit is missing after %2 (ms, s, m, h, d, w or y)</source>
        <translation>&quot;%1&quot;: nach %2 fehlt eine Einheit (ms, s, m, h, d, w oder y)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot;: unknown unit &quot;%2&quot;, expected ms, s, m, h, d, w or y</source>
        <translation>&quot;%1&quot;: unbekannte Einheit &quot;%2&quot;, erwartet ms, s, m, h, d, w oder y</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: the duration is too long</source>
        <translation>&quot;%1&quot;: die Dauer ist zu lang</translation>
    </message>
    <message>
        <location filename="../backend-clients/embedded/alerts/src/rule.cpp" line="+92"/>
        <location line="+4"/>
        <location line="+13"/>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&quot;%1&quot; may only hold letters, digits, &quot;_&quot;, &quot;-&quot; and &quot;.&quot;</source>
        <translation>&quot;%1&quot; darf nur Buchstaben, Ziffern, &quot;_&quot;, &quot;-&quot; und &quot;.&quot; enthalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a finite number</source>
        <translation>muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the low bound %1 is above the high bound %2</source>
        <translation>die untere Grenze %1 liegt über der oberen Grenze %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>must be longer than 0s</source>
        <translation>muss länger als 0s sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be shorter than the long window %2</source>
        <translation>%1 muss kürzer sein als das lange Fenster %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a burn-rate rule&apos;s expression needs {{window}} where the window goes, e.g. rate(x[{{window}}])</source>
        <translation>der Ausdruck einer Burn-Rate-Regel benötigt {{window}} an der Stelle des Fensters, z. B. rate(x[{{window}}])</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{{window}} only makes sense in a burn-rate rule (add &quot;burnRate&quot;)</source>
        <translation>{{window}} ist nur in einer Burn-Rate-Regel sinnvoll (&quot;burnRate&quot; hinzufügen)</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+3"/>
        <source>Cannot make burn-rate rules.</source>
        <translation>Burn-Rate-Regeln können nicht erzeugt werden.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1 must be between 0 and 1 (exclusive), e.g. 0.999</source>
        <translation>%1 muss zwischen 0 und 1 liegen (beide ausgeschlossen), z. B. 0.999</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>needs {{window}} where the window goes, e.g. avg_over_time(x[{{window}}])</source>
        <translation>benötigt {{window}} an der Stelle des Fensters, z. B. avg_over_time(x[{{window}}])</translation>
    </message>
    <message>
        <location filename="../backend-clients/embedded/alerts/src/rulefile.cpp" line="+46"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+138"/>
        <location line="+35"/>
        <location line="+67"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="-239"/>
        <location line="+50"/>
        <location line="+32"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unknown field &quot;%1&quot; is ignored (known: %2)</source>
        <translation>unbekanntes Feld &quot;%1&quot; wird ignoriert (bekannt: %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected %1, found %2</source>
        <translation>erwartet: %1, gefunden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+77"/>
        <location line="+44"/>
        <location line="+2"/>
        <location line="+77"/>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>das Feld &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>an object of strings</source>
        <translation>ein Objekt aus Zeichenketten</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>unknown comparison &quot;%1&quot;, expected &gt;, &lt;, &gt;=, &lt;= or outside</source>
        <translation>unbekannter Vergleich &quot;%1&quot;, erwartet &gt;, &lt;, &gt;=, &lt;= oder outside</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;outside&quot; needs two numbers [low, high], found %1</source>
        <translation>&quot;outside&quot; benötigt zwei Zahlen [low, high], gefunden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>an array of %n element(s)</source>
        <translation>
            <numerusform>ein Array mit %n Element</numerusform>
            <numerusform>ein Array mit %n Elementen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown severity &quot;%1&quot;, expected info, warning or page</source>
        <translation>unbekannter Schweregrad &quot;%1&quot;, erwartet info, warning oder page</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an object with longWindow and shortWindow</source>
        <translation>ein Objekt mit longWindow und shortWindow</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cannot load the alert rules.</source>
        <translation>Die Alarmregeln können nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the JSON ends early (%1): the file looks cut short</source>
        <translation>das JSON endet vorzeitig (%1): die Datei scheint abgeschnitten zu sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected an object with &quot;version&quot; and &quot;rules&quot;</source>
        <translation>erwartet wird ein Objekt mit &quot;version&quot; und &quot;rules&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the field &quot;version&quot; is missing (this program writes %1)</source>
        <translation>das Feld &quot;version&quot; fehlt (dieses Programm schreibt %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>version %1 is not supported (this program reads %2)</source>
        <translation>Version %1 wird nicht unterstützt (dieses Programm liest %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an array of rules</source>
        <translation>ein Array von Regeln</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a rule (an object)</source>
        <translation>eine Regel (ein Objekt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a second rule named &quot;%1&quot;; names must be unique</source>
        <translation>eine zweite Regel namens &quot;%1&quot;; Namen müssen eindeutig sein</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no alert rule file.</source>
        <translation>Es gibt keine Alarmregeldatei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read the alert rules.</source>
        <translation>Die Alarmregeln können nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot save the alert rules.</source>
        <translation>Die Alarmregeln können nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a second rule named &quot;%1&quot;</source>
        <translation>eine zweite Regel namens &quot;%1&quot;</translation>
    </message>
</context>
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
    <message>
        <location filename="../backend-clients/api/src/metricssource.cpp" line="+59"/>
        <source>The range has no valid start</source>
        <translation>Der Zeitraum hat keinen gültigen Anfang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The range has no valid end</source>
        <translation>Der Zeitraum hat kein gültiges Ende</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The range ends before it starts</source>
        <translation>Der Zeitraum endet, bevor er beginnt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pixel width cannot be negative</source>
        <translation>Die Breite in Pixeln darf nicht negativ sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The minimum step cannot be negative</source>
        <translation>Die minimale Schrittweite darf nicht negativ sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The scrape interval cannot be negative</source>
        <translation>Das Scrape-Intervall darf nicht negativ sein</translation>
    </message>
</context>
<context>
    <name>Capacity</name>
    <message>
        <location filename="../plugins/capacity/alertsmodel.cpp" line="+23"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>firing</source>
        <translation>ausgelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved</source>
        <translation>behoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <location line="+52"/>
        <location filename="../plugins/capacity/chartpanel.cpp" line="+95"/>
        <location line="+51"/>
        <location filename="../plugins/capacity/scenariosview.cpp" line="+392"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+66"/>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <location filename="../plugins/capacity/plannerview.cpp" line="+106"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+64"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../plugins/capacity/alertsview.cpp" line="+51"/>
        <source>Filter alerts (name, severity, state, message)</source>
        <translation>Alarme filtern (Name, Schweregrad, Status, Meldung)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alert states</source>
        <translation>Alarmstatus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert history</source>
        <translation>Alarmverlauf</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verlauf&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No alerts. Alert rules are evaluated by the alerts engine; their states appear here.</source>
        <translation>Keine Alarme. Die Alarmregeln wertet die Alarm-Engine aus; ihr Status erscheint hier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 firing, %2 alerts in all.</source>
        <translation>%1 ausgelöst, %2 Alarme insgesamt.</translation>
    </message>
    <message>
        <location filename="../plugins/capacity/asyncresult.h" line="+44"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../plugins/capacity/capacitypanel.cpp" line="+44"/>
        <source>&amp;Planner</source>
        <translation>&amp;Planer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ompare</source>
        <translation>&amp;Vergleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dashboards</source>
        <translation>&amp;Dashboards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Alerts</source>
        <translation>&amp;Alarme</translation>
    </message>
    <message>
        <location filename="../plugins/capacity/capacityplugin.cpp" line="+36"/>
        <location line="+45"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Show Capacity Planner</source>
        <translation>Kapazitätsplaner anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the capacity planner: scenarios, outputs as you type, growth and autoscaling</source>
        <translation>Den Kapazitätsplaner öffnen: Szenarien, Ergebnisse schon während der Eingabe, Wachstum und Autoscaling</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show Dashboards</source>
        <translation>Dashboards anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live metrics panels from the embedded store and Prometheus</source>
        <translation>Live-Metrik-Panels aus dem eingebetteten Speicher und aus Prometheus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show Alerts</source>
        <translation>Alarme anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert states (pending, firing, resolved) and their history</source>
        <translation>Alarmstatus (ausstehend, ausgelöst, behoben) und ihr Verlauf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare Scenarios</source>
        <translation>Szenarien vergleichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the scenarios selected in the planner side by side</source>
        <translation>Die im Planer ausgewählten Szenarien nebeneinander vergleichen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Capacity planner, dashboards and alerts</source>
        <translation>Kapazitätsplaner, Dashboards und Alarme</translation>
    </message>
    <message>
        <location filename="../plugins/capacity/chartpanel.cpp" line="-35"/>
        <source>%1
source: %2</source>
        <translation>%1
Quelle: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>first metrics source</source>
        <translation>erste Metrikquelle</translation>
    </message>
    <message>
        <location line="+152"/>
        <location filename="../plugins/capacity/scenariosview.cpp" line="-264"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+228"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message numerus="yes">
        <location line="-226"/>
        <source>+%n more series</source>
        <translation>
            <numerusform>+%n weitere Zeitreihe</numerusform>
            <numerusform>+%n weitere Zeitreihen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>step %1</source>
        <translation>Schrittweite %1</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>too few points for a forecast</source>
        <translation>zu wenige Punkte für eine Prognose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no rise toward %1</source>
        <translation>kein Anstieg Richtung %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reaches %1 on %2 (95 %: %3 to %4)</source>
        <translation>erreicht %1 am %2 (95 %: %3 bis %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reaches %1 on %2 (95 %: from %3)</source>
        <translation>erreicht %1 am %2 (95 %: ab %3)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../plugins/capacity/dashboardspec.cpp" line="+82"/>
        <source>The dashboard is not valid: %1</source>
        <translation>Das Dashboard ist ungültig: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is missing (a string is required)</source>
        <translation>fehlt (eine Zeichenkette ist erforderlich)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The dashboard is not valid JSON</source>
        <translation>Das Dashboard ist kein gültiges JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The dashboard is not valid: the top level must be an object</source>
        <translation>Das Dashboard ist ungültig: auf oberster Ebene muss ein Objekt stehen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a whole number from 1 to 6 (got %1)</source>
        <translation>muss eine ganze Zahl von 1 bis 6 sein (erhalten: %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown range &quot;%1&quot; (use 15m, 1h, 6h, 24h, 7d or custom)</source>
        <translation>unbekannter Zeitraum &quot;%1&quot; (15m, 1h, 6h, 24h, 7d oder custom verwenden)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>is not an ISO 8601 date and time (got &quot;%1&quot;)</source>
        <translation>ist kein Datum mit Uhrzeit nach ISO 8601 (erhalten: &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must come after &quot;from&quot;</source>
        <translation>muss nach &quot;from&quot; liegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be 0 (off), 5, 15 or 60 (got %1)</source>
        <translation>muss 0 (aus), 5, 15 oder 60 sein (erhalten: %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be an array of panels</source>
        <translation>muss ein Array von Panels sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown panel type &quot;%1&quot; (use line, area, bar, single or gauge)</source>
        <translation>unbekannter Panel-Typ &quot;%1&quot; (line, area, bar, single oder gauge verwenden)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must not be 0</source>
        <translation>darf nicht 0 sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be &quot;above&quot; or &quot;below&quot; (got &quot;%1&quot;)</source>
        <translation>muss &quot;above&quot; oder &quot;below&quot; sein (erhalten: &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be greater than min</source>
        <translation>muss größer als min sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a gauge needs a max</source>
        <translation>ein Gauge benötigt ein max</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a whole number from 1 to columns (%1)</source>
        <translation>muss eine ganze Zahl von 1 bis columns (%1) sein</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>OpsDeck key metrics</source>
        <translation>OpsDeck-Kennzahlen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pipeline queue depth</source>
        <translation>Länge der Pipeline-Warteschlange</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deployment success</source>
        <translation>Erfolgsquote der Deployments</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run failure rate</source>
        <translation>Fehlerquote der Läufe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worker utilisation</source>
        <translation>Auslastung der Worker</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log ingest</source>
        <translation>Log-Aufnahme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>records/s</source>
        <translation>Einträge/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log search p95</source>
        <translation>Log-Suche p95</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vault operations</source>
        <translation>Vault-Operationen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ops/s</source>
        <translation>Ops/s</translation>
    </message>
    <message>
        <location filename="../plugins/capacity/dashboardview.cpp" line="+48"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the dashboard files again</source>
        <translation>Die Dashboard-Dateien erneut lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this dashboard as JSON into the workspace (docs/dashboards.md)</source>
        <translation>Dieses Dashboard als JSON in den Arbeitsbereich schreiben (docs/dashboards.md)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time range</source>
        <translation>Zeitraum</translation>
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
        <source>Last 6 hours</source>
        <translation>Letzte 6 Stunden</translation>
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
        <source>Custom…</source>
        <translation>Benutzerdefiniert …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refresh interval</source>
        <translation>Aktualisierungsintervall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh off</source>
        <translation>Aktualisierung aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 5 s</source>
        <translation>Alle 5 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 15 s</source>
        <translation>Alle 15 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh every panel now (F5)</source>
        <translation>Alle Panels jetzt aktualisieren (F5)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dash&amp;board:</source>
        <translation>Dash&amp;board:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Time:</source>
        <translation>&amp;Zeit:</translation>
    </message>
    <message>
        <location line="+45"/>
        <location filename="../plugins/capacity/scenariosview.cpp" line="+157"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The custom range must end after it starts.</source>
        <translation>Der benutzerdefinierte Zeitraum muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Key metrics (built in)</source>
        <translation>Kennzahlen (integriert)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No workspace folder: dashboards cannot be saved.</source>
        <translation>Kein Arbeitsbereichsordner: Dashboards können nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>No metrics source is bound: the active profile has no embedded metrics store or Prometheus.</source>
        <translation>Keine Metrikquelle verbunden: Das aktive Profil hat weder einen eingebetteten Metrikspeicher noch Prometheus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No metrics source is bound.</source>
        <translation>Keine Metrikquelle verbunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No metrics source named &quot;%1&quot;.</source>
        <translation>Keine Metrikquelle namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The query was cancelled (the source went away).</source>
        <translation>Die Abfrage wurde abgebrochen (die Quelle ist nicht mehr verfügbar).</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Refreshed at %1 from %2; %n panel(s) show an error.</source>
        <translation>
            <numerusform>Um %1 aus %2 aktualisiert; %n Panel zeigt einen Fehler.</numerusform>
            <numerusform>Um %1 aus %2 aktualisiert; %n Panels zeigen einen Fehler.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refreshed at %1 from %2.</source>
        <translation>Um %1 aus %2 aktualisiert.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Deployment %1 of %2 to %3 (%4)</source>
        <translation>Deployment %1 von %2 nach %3 (%4)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rollback by %1: %2</source>
        <translation>Rollback durch %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Alert %1 firing: %2</source>
        <translation>Alarm %1 ausgelöst: %2</translation>
    </message>
    <message>
        <location filename="../plugins/capacity/plannercharts.cpp" line="+53"/>
        <source>Projected resource</source>
        <translation>Prognostizierte Ressource</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Resource:</source>
        <translation>&amp;Ressource:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Add the growth model (monthly growth) to project the resources over 24 months.</source>
        <translation>Fügen Sie das Wachstumsmodell (monatliches Wachstum) hinzu, um die Ressourcen über 24 Monate zu prognostizieren.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>limit %1</source>
        <translation>Limit %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 crosses its limit (%2) in month %3.</source>
        <translation>%1: Das Limit (%2) wird in Monat %3 überschritten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 stays under its limit (%2) for the %3 months shown.</source>
        <translation>%1: in den %3 angezeigten Monaten unter dem Limit (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No limit set for %1.</source>
        <translation>Für %1 ist kein Limit gesetzt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Load curve</source>
        <translation>Lastkurve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>constant:rate=1.2, step:before=0.2,after=1.2,at=3600, ramp:from=0.1,to=1.2,start=0,end=7200, diurnal:low=0.12,high=1.2, spike:base=0.12,peak=1.2,at=3600,duration=600 (per second, seconds)</source>
        <translation>constant:rate=1.2, step:before=0.2,after=1.2,at=3600, ramp:from=0.1,to=1.2,start=0,end=7200, diurnal:low=0.12,high=1.2, spike:base=0.12,peak=1.2,at=3600,duration=600 (pro Sekunde, Sekunden)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6 hours</source>
        <translation>6 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si&amp;mulate</source>
        <translation>Si&amp;mulieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>queue depth</source>
        <translation>Warteschlangenlänge</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>queued jobs</source>
        <translation>wartende Jobs</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Load:</source>
        <translation>&amp;Last:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Include the autoscaling model to simulate its policy.</source>
        <translation>Nehmen Sie das Autoscaling-Modell auf, um seine Richtlinie zu simulieren.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Simulating…</source>
        <translation>Simulation läuft …</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Simulation cancelled.</source>
        <translation>Simulation abgebrochen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot simulate: %1</source>
        <translation>Simulation nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 jobs arrived, %2 completed; queue up to %3, pool up to %4 replicas (%5 scale-ups, %6 scale-downs); utilisation %7 %; wait mean %8, p95 %9.</source>
        <translation>%1 Jobs eingetroffen, %2 abgeschlossen; Warteschlange bis %3, Pool bis %4 Replikate (%5 Hochskalierungen, %6 Herunterskalierungen); Auslastung %7 %; Wartezeit im Mittel %8, p95 %9.</translation>
    </message>
    <message>
        <location filename="../plugins/capacity/plannerview.cpp" line="-66"/>
        <source>Traffic</source>
        <translation>Verkehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute</source>
        <translation>Rechenleistung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growth</source>
        <translation>Wachstum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queueing</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autoscaling</source>
        <translation>Autoscaling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/s, /h, /day</source>
        <translation>/s, /h, /day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MB, GB, TB</source>
        <translation>MB, GB, TB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GB/day, MB/s</source>
        <translation>GB/day, MB/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>s, min, h, d</source>
        <translation>s, min, h, d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/month</source>
        <translation>USD/month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/TB/month</source>
        <translation>USD/TB/month</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Consistency findings</source>
        <translation>Konsistenzbefunde</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../plugins/capacity/scenariosview.cpp" line="+102"/>
        <source>Output</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Planner outputs</source>
        <translation>Ergebnisse des Planers</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Growth (24 months)</source>
        <translation>Wachstum (24 Monate)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autoscaling simulation</source>
        <translation>Autoscaling-Simulation</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Include the %1 model in the scenario</source>
        <translation>Das Modell „%1“ in das Szenario aufnehmen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>required, e.g. %1</source>
        <translation>erforderlich, z. B. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
%2, e.g. %3</source>
        <translation>%1
%2, z. B. %3</translation>
    </message>
    <message numerus="yes">
        <location line="+96"/>
        <source>%n input(s) need fixing: the outputs below are the last good ones.</source>
        <translation>
            <numerusform>%n Eingabe muss korrigiert werden: Die Ergebnisse unten sind die letzten gültigen.</numerusform>
            <numerusform>%n Eingaben müssen korrigiert werden: Die Ergebnisse unten sind die letzten gültigen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The scenario cannot be evaluated: %1</source>
        <translation>Das Szenario kann nicht ausgewertet werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n output(s), computed as you type.</source>
        <translation>
            <numerusform>%n Ergebnis, berechnet während der Eingabe.</numerusform>
            <numerusform>%n Ergebnisse, berechnet während der Eingabe.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>✓ The inputs are consistent.</source>
        <translation>✓ Die Eingaben sind widerspruchsfrei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contradiction</source>
        <translation>Widerspruch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+2"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)
= %3</source>
        <translation>%1 (%2)
= %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from:</source>
        <translation>aus:</translation>
    </message>
    <message>
        <location filename="../plugins/capacity/scenariostore.cpp" line="+38"/>
        <location line="+83"/>
        <source>Cannot read the scenario %1</source>
        <translation>Das Szenario %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Cannot create the folder of %1</source>
        <translation>Der Ordner von %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../plugins/capacity/scenariosview.cpp" line="-249"/>
        <source>No workspace folder: scenarios cannot be saved.</source>
        <translation>Kein Arbeitsbereichsordner: Szenarien können nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A scenario needs a name.</source>
        <translation>Ein Szenario benötigt einen Namen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Renamed to %1, but %2 could not be removed</source>
        <translation>In %1 umbenannt, aber %2 konnte nicht entfernt werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot delete the scenario %1</source>
        <translation>Das Szenario %1 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location filename="../plugins/capacity/scenariosview.cpp" line="-91"/>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo delete</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bring the deleted scenario back</source>
        <translation>Das gelöschte Szenario wiederherstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A new scenario with the traffic model</source>
        <translation>Ein neues Szenario mit dem Verkehrsmodell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the open scenario to a new file</source>
        <translation>Das geöffnete Szenario in eine neue Datei kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renam&amp;e…</source>
        <translation>Umb&amp;enennen …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename the open scenario (F2)</source>
        <translation>Das geöffnete Szenario umbenennen (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the open scenario&apos;s file (Del; can be undone)</source>
        <translation>Die Datei des geöffneten Szenarios löschen (Entf; lässt sich rückgängig machen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the planner&apos;s inputs to the open scenario&apos;s file (Ctrl+S)</source>
        <translation>Die Eingaben des Planers in die Datei des geöffneten Szenarios schreiben (Strg+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare</source>
        <translation>Verglei&amp;chen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compare the selected scenarios side by side (select 2 or more)</source>
        <translation>Die ausgewählten Szenarien nebeneinander vergleichen (2 oder mehr auswählen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+293"/>
        <source>Export Markdown…</source>
        <translation>Markdown exportieren …</translation>
    </message>
    <message>
        <location line="-293"/>
        <source>Inputs, formulas, outputs and findings, for a design doc</source>
        <translation>Eingaben, Formeln, Ergebnisse und Befunde, für ein Designdokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One row per output with value, unit and formula</source>
        <translation>Eine Zeile pro Ergebnis mit Wert, Einheit und Formel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Scenarios&lt;/b&gt;</source>
        <translation>&lt;b&gt;Szenarien&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>⚠ %1 (does not load)</source>
        <translation>⚠ %1 (lässt sich nicht laden)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+164"/>
        <source>%1 does not load:
%2</source>
        <translation>%1 lässt sich nicht laden:
%2</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New scenario</source>
        <translation>Neues Szenario</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Rename Scenario</source>
        <translation>Szenario umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete Scenario</source>
        <translation>Szenario löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the scenario file %1?</source>
        <translation>Die Szenariodatei %1 löschen?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Fix the inputs marked in red before saving.</source>
        <translation>Korrigieren Sie vor dem Speichern die rot markierten Eingaben.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Select two or more scenarios to compare (Ctrl+click or Shift+click in the list).</source>
        <translation>Wählen Sie zum Vergleichen zwei oder mehr Szenarien aus (Strg+Klick oder Umschalt+Klick in der Liste).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export Markdown</source>
        <translation>Markdown exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+33"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported %1.</source>
        <translation>%1 exportiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select two or more scenarios in the Planner tab and press Compare.</source>
        <translation>Wählen Sie im Tab „Planer“ zwei oder mehr Szenarien aus und klicken Sie auf „Vergleichen“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scenario comparison</source>
        <translation>Szenariovergleich</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export Comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 — changes from the first to the last scenario are highlighted.</source>
        <translation>%1 — Änderungen vom ersten zum letzten Szenario sind hervorgehoben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Δ</source>
        <translation>Δ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Δ %</source>
        <translation>Δ %</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../plugins/capacity/alertsbinding.cpp" line="+56"/>
        <source>%1: alerts.intervalSeconds must be a number of seconds from 1 to 3600; rules are evaluated every 15 s.</source>
        <translation>%1: alerts.intervalSeconds muss eine Anzahl Sekunden von 1 bis 3600 sein; die Regeln werden alle 15 s ausgewertet.</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>The alert rules could not be read</source>
        <translation>Die Alarmregeln konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
The default rules run instead; the file was left as it is.</source>
        <translation>%1
Stattdessen laufen die Standardregeln; die Datei wurde unverändert gelassen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The alert rules have warnings</source>
        <translation>Die Alarmregeln haben Warnungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An alerts setting is wrong</source>
        <translation>Eine Alarm-Einstellung ist falsch</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The alert history could not be read completely</source>
        <translation>Der Alarmverlauf konnte nicht vollständig gelesen werden</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Not evaluated: %1</source>
        <translation>Nicht ausgewertet: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Alert firing: %1</source>
        <translation>Alarm ausgelöst: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alert resolved: %1</source>
        <translation>Alarm behoben: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value: %1</source>
        <translation>Wert: %1</translation>
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
        <location filename="../app/cli/capacitycommands.cpp" line="+38"/>
        <location line="+6"/>
        <location line="+321"/>
        <location filename="../app/cli/commands.cpp" line="+2"/>
        <location line="+51"/>
        <location filename="../app/cli/logscommands.cpp" line="+2"/>
        <location line="+19"/>
        <location line="+90"/>
        <location filename="../app/cli/main.cpp" line="+131"/>
        <location filename="../app/cli/pipelinescommands.cpp" line="+36"/>
        <location line="+6"/>
        <location line="+115"/>
        <location line="+69"/>
        <location line="+11"/>
        <location line="+13"/>
        <location line="+165"/>
        <location filename="../app/cli/secretscommands.cpp" line="-384"/>
        <location line="+201"/>
        <source>opsctl: %1</source>
        <translation>opsctl: %1</translation>
    </message>
    <message>
        <location line="-272"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--set: %1</source>
        <translation>--set: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>CONTRADICTION</source>
        <translation>WIDERSPRUCH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consistent</source>
        <translation>widerspruchsfrei</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;capacity plan --example&apos; takes no scenario and no --set</source>
        <translation>&apos;capacity plan --example&apos; nimmt kein Szenario und kein --set an</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>usage: opsctl capacity plan SCENARIO [--json|--markdown|--csv] [--set INPUT=VALUE …]</source>
        <translation>Aufruf: opsctl capacity plan SCENARIO [--json|--markdown|--csv] [--set INPUT=VALUE …]</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Scenario: %1</source>
        <translation>Szenario: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OUTPUT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMULA</source>
        <translation>FORMEL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>usage: opsctl capacity simulate POLICY LOAD [--duration D] [--step S] [--seed N] [--json|--csv]</source>
        <translation>Aufruf: opsctl capacity simulate POLICY LOAD [--duration D] [--step S] [--seed N] [--json|--csv]</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>LOAD: %1</source>
        <translation>LOAD: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--duration needs a time such as 3600, 90m, 24h or 7d (got &apos;%1&apos;)</source>
        <translation>--duration benötigt eine Zeitangabe wie 3600, 90m, 24h oder 7d (erhalten: &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--step needs a time such as 1, 10s or 1m (got &apos;%1&apos;)</source>
        <translation>--step benötigt eine Zeitangabe wie 1, 10s oder 1m (erhalten: &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--seed needs a whole number (got &apos;%1&apos;)</source>
        <translation>--seed benötigt eine ganze Zahl (erhalten: &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--duration ÷ --step is more than 10,000,000 steps; take a larger step</source>
        <translation>--duration ÷ --step ergibt mehr als 10.000.000 Schritte; wählen Sie einen größeren Schritt</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Load: %1, %2 s in steps of %3 s, seed %4</source>
        <translation>Last: %1, %2 s in Schritten von %3 s, Seed %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Jobs: %1 arrived, %2 started, %3 completed</source>
        <translation>Jobs: %1 eingetroffen, %2 gestartet, %3 abgeschlossen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queue: at most %1; replicas at most %2 (%3 scale-ups, %4 scale-downs)</source>
        <translation>Warteschlange: höchstens %1; Replikate: höchstens %2 (%3 Hochskalierungen, %4 Herunterskalierungen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Utilisation: %1 % on average; wait: %2 s on average, %3 s at the 95th percentile</source>
        <translation>Auslastung: %1 % im Mittel; Wartezeit: %2 s im Mittel, %3 s im 95. Perzentil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ARRIVALS</source>
        <translation>ANKÜNFTE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>QUEUE</source>
        <translation>WARTESCHLANGE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REPLICAS</source>
        <translation>REPLIKATE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UTILISATION</source>
        <translation>AUSLASTUNG</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&apos;capacity&apos; needs a command: plan or simulate</source>
        <translation>&apos;capacity&apos; benötigt einen Befehl: plan oder simulate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown command &apos;capacity %1&apos;</source>
        <translation>unbekannter Befehl &apos;capacity %1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;metrics&apos; needs a command: query</source>
        <translation>&apos;metrics&apos; benötigt einen Befehl: query</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown command &apos;metrics %1&apos;</source>
        <translation>unbekannter Befehl &apos;metrics %1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>usage: opsctl metrics query EXPR [--source embedded|prometheus --url URL] [--range D [--step S]]</source>
        <translation>Aufruf: opsctl metrics query EXPR [--source embedded|prometheus --url URL] [--range D [--step S]]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--source is embedded or prometheus (got &apos;%1&apos;)</source>
        <translation>--source ist embedded oder prometheus (erhalten: &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--url only applies with --source prometheus</source>
        <translation>--url gilt nur zusammen mit --source prometheus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--range needs a time such as 15m, 1h or 7d (got &apos;%1&apos;)</source>
        <translation>--range benötigt eine Zeitangabe wie 15m, 1h oder 7d (erhalten: &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--step only applies with --range</source>
        <translation>--step gilt nur zusammen mit --range</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--step needs a time such as 15s or 1m (got &apos;%1&apos;)</source>
        <translation>--step benötigt eine Zeitangabe wie 15s oder 1m (erhalten: &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--url: %1</source>
        <translation>--url: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the profile &quot;%1&quot; has no metrics source</source>
        <translation>das Profil &quot;%1&quot; hat keine Metrikquelle</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No series.</source>
        <translation>Keine Zeitreihen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SERIES</source>
        <translation>ZEITREIHE</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="-23"/>
        <location filename="../app/cli/secretscommands.cpp" line="+335"/>
        <source>FIELD</source>
        <translation>FELD</translation>
    </message>
    <message>
        <location filename="../app/cli/capacitycommands.cpp" line="-241"/>
        <location line="+241"/>
        <location line="+11"/>
        <location filename="../app/cli/commands.cpp" line="+0"/>
        <location filename="../app/cli/pipelinescommands.cpp" line="-227"/>
        <location filename="../app/cli/secretscommands.cpp" line="+0"/>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="+1"/>
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
        <location line="+590"/>
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
        <location filename="../app/cli/capacitycommands.cpp" line="-374"/>
        <location filename="../app/cli/main.cpp" line="+1"/>
        <location filename="../app/cli/secretscommands.cpp" line="+188"/>
        <source>Run &apos;opsctl --help&apos; for usage.</source>
        <translation>Hinweise zum Aufruf: &apos;opsctl --help&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+101"/>
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
        <location line="+38"/>
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
        <location line="+14"/>
        <source>--json, --markdown and --csv exclude each other</source>
        <translation>--json, --markdown und --csv schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <location line="+33"/>
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
        <location line="-85"/>
        <location line="+81"/>
        <location line="+13"/>
        <source>&apos;%1&apos; needs a command</source>
        <translation>&apos;%1&apos; benötigt einen Befehl</translation>
    </message>
    <message>
        <location line="-372"/>
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
  capacity plan SCENARIO [--markdown|--csv] [--set INPUT=VALUE ...]
                                      every output of a scenario file with its unit and formula,
                                      and the contradictions between its inputs
  capacity plan --example             a complete scenario with the seed&apos;s CI/CD and log numbers
  capacity simulate POLICY LOAD [--duration D] [--step S] [--seed N] [--csv]
                                      replay LOAD (a spec such as diurnal:low=0.12,high=1.2, or a
                                      CSV file time_s,arrivals_per_s) through the autoscaling
                                      policy of scenario file POLICY
  metrics query EXPR [--range D [--step S]] [--source embedded|prometheus --url URL]
                                      PromQL against the workspace&apos;s metrics or a Prometheus

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
  capacity plan SCENARIO [--markdown|--csv] [--set INPUT=VALUE ...]
                                      alle Ergebnisse einer Szenariodatei mit Einheit und
                                      Formel sowie die Widersprüche zwischen ihren Eingaben
  capacity plan --example             ein vollständiges Szenario mit den CI/CD- und Log-Zahlen
                                      der Demo-Daten
  capacity simulate POLICY LOAD [--duration D] [--step S] [--seed N] [--csv]
                                      LOAD (eine Angabe wie diurnal:low=0.12,high=1.2 oder eine
                                      CSV-Datei time_s,arrivals_per_s) mit der Autoscaling-
                                      Richtlinie der Szenariodatei POLICY durchspielen
  metrics query EXPR [--range D [--step S]] [--source embedded|prometheus --url URL]
                                      PromQL gegen die Metriken des Arbeitsbereichs oder gegen
                                      ein Prometheus

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
        <location line="+279"/>
        <location line="+81"/>
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
        <location filename="../app/cli/capacitycommands.cpp" line="+141"/>
        <location filename="../app/cli/secretscommands.cpp" line="+12"/>
        <location line="+10"/>
        <location line="+422"/>
        <location line="+4"/>
        <location line="+81"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/secretscommands.cpp" line="-512"/>
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
        <location filename="../app/cli/pipelinescommands.cpp" line="-205"/>
        <location filename="../app/cli/secretscommands.cpp" line="+2"/>
        <source>CREATED</source>
        <translation>ANGELEGT</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+217"/>
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
        <location filename="../app/cli/capacitycommands.cpp" line="+98"/>
        <location line="+124"/>
        <location line="+11"/>
        <location filename="../app/cli/secretscommands.cpp" line="+0"/>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <location filename="../app/cli/secretscommands.cpp" line="+0"/>
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
        <location filename="../app/cli/pipelinescommands.cpp" line="-693"/>
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
        <location filename="../app/cli/capacitycommands.cpp" line="-330"/>
        <location filename="../app/cli/pipelinescommands.cpp" line="+6"/>
        <source>%1: no such file</source>
        <translation>%1: keine solche Datei</translation>
    </message>
    <message>
        <location filename="../app/cli/pipelinescommands.cpp" line="+28"/>
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
        <location line="+433"/>
        <source>STAGE</source>
        <translation>STAGE</translation>
    </message>
    <message>
        <location line="-433"/>
        <location line="+433"/>
        <source>JOB</source>
        <translation>JOB</translation>
    </message>
    <message>
        <location line="-433"/>
        <location line="+608"/>
        <source>WHEN</source>
        <translation>WANN</translation>
    </message>
    <message>
        <location line="-608"/>
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
        <location line="+76"/>
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
        <location line="+206"/>
        <source>── %1 (job %2, attempt %3) ──</source>
        <translation>── %1 (Job %2, Versuch %3) ──</translation>
    </message>
    <message>
        <location line="-196"/>
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
        <location line="+200"/>
        <location line="+18"/>
        <source>RUN</source>
        <translation>LAUF</translation>
    </message>
    <message>
        <location line="-218"/>
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
        <location line="+200"/>
        <source>COMMIT</source>
        <translation>COMMIT</translation>
    </message>
    <message>
        <location line="-199"/>
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
        <location line="+202"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>ATTEMPT</source>
        <translation>VERSUCH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOTE</source>
        <translation>NOTIZ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>starts at %1</source>
        <translation>startet um %1</translation>
    </message>
    <message>
        <location filename="../app/cli/capacitycommands.cpp" line="+21"/>
        <location filename="../app/cli/pipelinescommands.cpp" line="+5"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/pipelinescommands.cpp" line="+2"/>
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
        <location filename="../app/console/statusbarhost.cpp" line="+61"/>
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
        <location filename="../app/console/statusbarhost.cpp" line="-211"/>
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
        <location line="+25"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location filename="../app/core/localprovider.cpp" line="+60"/>
        <source>The log retention setting &quot;%1&quot; must be a whole number of days from 1 to 36500; using %2.</source>
        <translation>Die Log-Aufbewahrungseinstellung &quot;%1&quot; muss eine ganze Zahl von Tagen zwischen 1 und 36500 sein; %2 wird verwendet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Logs are set to stay in the fast (hot) tier for %1 days but to be deleted after %2 days; they stay hot for %2 days.</source>
        <translation>Logs sollen %1 Tage in der schnellen (heißen) Stufe bleiben, aber nach %2 Tagen gelöscht werden; sie bleiben %2 Tage heiß.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot create the demo&apos;s capacity scenarios.</source>
        <translation>Die Kapazitätsszenarien der Demo können nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write a demo capacity scenario.</source>
        <translation>Ein Kapazitätsszenario der Demo kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location filename="../app/core/localmetrics.cpp" line="+35"/>
        <source>The metrics setting &quot;%1&quot; %2; using the default.</source>
        <translation>Die Metrik-Einstellung &quot;%1&quot; %2; der Standardwert wird verwendet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be &quot;ADDRESS:PORT&quot; (such as &quot;127.0.0.1:9469&quot;) or &quot;off&quot;</source>
        <translation>muss &quot;ADDRESS:PORT&quot; (etwa &quot;127.0.0.1:9469&quot;) oder &quot;off&quot; sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+23"/>
        <source>must be a number of seconds from 1 to 3600</source>
        <translation>muss eine Anzahl Sekunden von 1 bis 3600 sein</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>must be a list of {&quot;name&quot;, &quot;url&quot;} objects</source>
        <translation>muss eine Liste von {&quot;name&quot;, &quot;url&quot;}-Objekten sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/core/localprovider.cpp" line="+5"/>
        <source>must be an http or https URL</source>
        <translation>muss eine http- oder https-URL sein</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The metrics endpoint cannot listen on %1:%2; Prometheus cannot scrape this console.</source>
        <translation>Der Metrik-Endpunkt kann nicht auf %1:%2 lauschen; Prometheus kann diese Konsole nicht abfragen.</translation>
    </message>
    <message>
        <location filename="../app/core/localprovider.cpp" line="+45"/>
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
        <location filename="../backend-clients/embedded/logs/store/src/embeddedlogstore.cpp" line="+331"/>
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
        <location line="+132"/>
        <source>The log store is read-only here: another OpsDeck process is writing it.</source>
        <translation>Der Log-Speicher ist hier schreibgeschützt: Ein anderer OpsDeck-Prozess schreibt in ihn.</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>The log records could not be written.</source>
        <translation>Die Log-Einträge konnten nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+7"/>
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
    <name>Metrics</name>
    <message>
        <location filename="../backend-clients/embedded/metrics/src/metricsstore.cpp" line="+540"/>
        <source>The metrics store is read-only here: another OpsDeck process writes it.</source>
        <translation>Der Metrikspeicher ist hier schreibgeschützt: Ein anderer OpsDeck-Prozess schreibt in ihn.</translation>
    </message>
    <message>
        <location filename="../backend-clients/embedded/metrics/src/queryeval.cpp" line="+410"/>
        <source>Invalid metrics query.</source>
        <translation>Ungültige Metrikabfrage.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>must be longer than zero</source>
        <translation>muss größer als null sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not be before start</source>
        <translation>darf nicht vor start liegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 points per series exceed the limit of %2; use a step of at least %3 s</source>
        <translation>%1 Punkte pro Zeitreihe überschreiten das Limit von %2; verwenden Sie eine Schrittweite von mindestens %3 s</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../backend-clients/embedded/metrics/src/queryparser.cpp" line="+111"/>
        <source>The metrics expression cannot be read.</source>
        <translation>Der Metrikausdruck kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a range query needs an instant vector or a number; wrap the range selector in a function such as rate()</source>
        <translation>eine Bereichsabfrage benötigt einen Instant-Vektor oder eine Zahl; setzen Sie den Range-Selektor in eine Funktion wie rate()</translation>
    </message>
    <message>
        <location filename="../backend-clients/embedded/metrics/src/queryparser.cpp" line="-20"/>
        <source>unexpected %1, expected an operator or the end</source>
        <translation>unerwartet: %1, erwartet: ein Operator oder das Ende</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not supported by the embedded source: %1</source>
        <translation>Von der eingebetteten Quelle nicht unterstützt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not supported by the embedded source: %1</source>
        <translation>von der eingebetteten Quelle nicht unterstützt: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>end of input</source>
        <translation>Ende der Eingabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>identifier &quot;%1&quot;</source>
        <translation>Bezeichner &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number %1</source>
        <translation>Zahl %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duration %1</source>
        <translation>Dauer %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>string</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>unexpected &quot;!&quot;, expected &quot;!=&quot; or &quot;!~&quot;</source>
        <translation>unerwartet: &quot;!&quot;, erwartet: &quot;!=&quot; oder &quot;!~&quot;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>unexpected character &quot;%1&quot;</source>
        <translation>unerwartetes Zeichen &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>unknown escape sequence &quot;\%1&quot; in a string</source>
        <translation>unbekannte Escape-Sequenz &quot;\%1&quot; in einer Zeichenkette</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unterminated string, expected a closing %1</source>
        <translation>nicht abgeschlossene Zeichenkette, erwartet: ein schließendes %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>unknown duration unit &quot;%1&quot;, expected ms, s, m, h, d, w or y</source>
        <translation>unbekannte Zeiteinheit &quot;%1&quot;, erwartet ms, s, m, h, d, w oder y</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>malformed number &quot;%1&quot;</source>
        <translation>fehlerhafte Zahl &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unexpected %1, expected %2</source>
        <translation>unerwartet: %1, erwartet: %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the set operator &quot;%1&quot;</source>
        <translation>der Mengenoperator &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;bool&quot; only follows a comparison operator</source>
        <translation>&quot;bool&quot; darf nur auf einen Vergleichsoperator folgen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>vector matching with &quot;%1&quot;</source>
        <translation>Vektor-Matching mit &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>binary operator &quot;%1&quot; cannot take a range vector; wrap it in a function such as rate()</source>
        <translation>der binäre Operator &quot;%1&quot; kann keinen Range-Vektor verarbeiten; setzen Sie ihn in eine Funktion wie rate()</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>binary operator &quot;%1&quot; between two vectors (only vector-with-number and number-with-number)</source>
        <translation>der binäre Operator &quot;%1&quot; zwischen zwei Vektoren (nur Vektor mit Zahl und Zahl mit Zahl)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comparisons between numbers must use the &quot;bool&quot; modifier</source>
        <translation>Vergleiche zwischen Zahlen müssen den Modifikator &quot;bool&quot; verwenden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unary minus cannot take a range vector</source>
        <translation>das unäre Minus kann keinen Range-Vektor verarbeiten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a range [..] can only follow a metric selector</source>
        <translation>ein Bereich [..] darf nur auf einen Metrik-Selektor folgen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a duration such as 5m</source>
        <translation>eine Dauer wie 5m</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>subqueries [range:step]</source>
        <translation>Unterabfragen [range:step]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the range must be longer than zero</source>
        <translation>der Bereich muss länger als null sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;offset&quot; can only follow a metric selector</source>
        <translation>&quot;offset&quot; darf nur auf einen Metrik-Selektor folgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;offset&quot; is given twice</source>
        <translation>&quot;offset&quot; ist doppelt angegeben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a duration such as 1h after &quot;offset&quot;</source>
        <translation>eine Dauer wie 1h nach &quot;offset&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the @ modifier</source>
        <translation>der Modifikator @</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>string literals as values</source>
        <translation>Zeichenketten-Literale als Werte</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unexpected end of input, expected a metric name, a number, a function or &quot;(&quot;</source>
        <translation>unerwartetes Ende der Eingabe, erwartet: ein Metrikname, eine Zahl, eine Funktion oder &quot;(&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected %1, expected a metric name, a number, a function or &quot;(&quot;</source>
        <translation>unerwartet: %1, erwartet: ein Metrikname, eine Zahl, eine Funktion oder &quot;(&quot;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the aggregation &quot;%1&quot;</source>
        <translation>die Aggregation &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unexpected keyword &quot;%1&quot;, expected a metric name, a number or a function</source>
        <translation>unerwartetes Schlüsselwort &quot;%1&quot;, erwartet: ein Metrikname, eine Zahl oder eine Funktion</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the function %1()</source>
        <translation>die Funktion %1()</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown function &quot;%1&quot;</source>
        <translation>unbekannte Funktion &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>histogram_quantile() takes 2 arguments (φ, buckets), got %1</source>
        <translation>histogram_quantile() nimmt 2 Argumente (φ, Buckets), erhalten: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a number (the quantile) as the first argument of histogram_quantile()</source>
        <translation>als erstes Argument von histogram_quantile() wird eine Zahl (das Quantil) erwartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected an instant vector of _bucket series as the second argument of histogram_quantile()</source>
        <translation>als zweites Argument von histogram_quantile() wird ein Instant-Vektor aus _bucket-Zeitreihen erwartet</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+91"/>
        <source>%1() takes 1 argument, got %2</source>
        <translation>%1() nimmt 1 Argument, erhalten: %2</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>expected a range vector such as metric[5m] as the argument of %1()</source>
        <translation>als Argument von %1() wird ein Range-Vektor wie metric[5m] erwartet</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&quot;(&quot; and label names after &quot;by&quot; or &quot;without&quot;</source>
        <translation>&quot;(&quot; und Label-Namen nach &quot;by&quot; oder &quot;without&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a label name</source>
        <translation>ein Label-Name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a label name</source>
        <translation>&quot;%1&quot; ist kein Label-Name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unexpected %1, expected &quot;,&quot; or &quot;)&quot;</source>
        <translation>unerwartet: %1, erwartet: &quot;,&quot; oder &quot;)&quot;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&quot;by&quot;/&quot;without&quot; is given twice</source>
        <translation>&quot;by&quot;/&quot;without&quot; ist doppelt angegeben</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unexpected %1, expected &quot;(&quot; after %2</source>
        <translation>unerwartet: %1, erwartet: &quot;(&quot; nach %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected an instant vector as the argument of %1()</source>
        <translation>als Argument von %1() wird ein Instant-Vektor erwartet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unexpected %1, expected a label name</source>
        <translation>unerwartet: %1, erwartet: ein Label-Name</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected %1, expected one of &quot;=&quot;, &quot;!=&quot;, &quot;=~&quot;, &quot;!~&quot;</source>
        <translation>unerwartet: %1, erwartet: eines von &quot;=&quot;, &quot;!=&quot;, &quot;=~&quot;, &quot;!~&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a quoted label value</source>
        <translation>ein Label-Wert in Anführungszeichen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid regular expression &quot;%1&quot;: %2</source>
        <translation>ungültiger regulärer Ausdruck &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unexpected %1, expected &quot;,&quot; or &quot;}&quot;</source>
        <translation>unerwartet: %1, erwartet: &quot;,&quot; oder &quot;}&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a selector needs a metric name or a label matcher that does not match the empty value</source>
        <translation>ein Selektor benötigt einen Metriknamen oder einen Label-Matcher, der nicht auf den leeren Wert passt</translation>
    </message>
    <message>
        <location filename="../backend-clients/embedded/metrics/src/segment.cpp" line="+131"/>
        <source>Cannot create a metrics segment file.</source>
        <translation>Eine Metrik-Segmentdatei kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>Cannot write a metrics segment file.</source>
        <translation>Eine Metrik-Segmentdatei kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the header is cut short</source>
        <translation>der Header ist abgeschnitten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a metrics segment of this kind (bad header)</source>
        <translation>kein Metrik-Segment dieser Art (ungültiger Header)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a record header is cut short</source>
        <translation>ein Eintrags-Header ist abgeschnitten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a record has an impossible length %1</source>
        <translation>ein Eintrag hat eine unmögliche Länge von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a record is cut short (%1 of %2 bytes)</source>
        <translation>ein Eintrag ist abgeschnitten (%1 von %2 Bytes)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a record fails its checksum</source>
        <translation>die Prüfsumme eines Eintrags stimmt nicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>torn tail: %1</source>
        <translation>unvollständiges Dateiende: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>corrupt: %1; the rest of the file is skipped</source>
        <translation>beschädigt: %1; der Rest der Datei wird übersprungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(could not cut it off: %1)</source>
        <translation>(konnte nicht abgeschnitten werden: %1)</translation>
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
        <location filename="../backend-clients/embedded/pipelines/engine/src/scheduler.cpp" line="+55"/>
        <source>The pipeline database refused the change.</source>
        <translation>Die Pipeline-Datenbank hat die Änderung abgelehnt.</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+1105"/>
        <location line="+127"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="-1230"/>
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
        <location line="+129"/>
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
        <location line="+50"/>
        <source>sandbox off (turned off in the settings)</source>
        <translation>Sandbox aus (in den Einstellungen ausgeschaltet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sandbox on: bubblewrap, no network, read-only system</source>
        <translation>Sandbox an: bubblewrap, kein Netzwerk, schreibgeschütztes System</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Jobs must run in a sandbox, but bubblewrap does not work here.</source>
        <translation>Jobs müssen in einer Sandbox laufen, aber bubblewrap funktioniert hier nicht.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The engine stopped while the job was running; retry it to run it again.</source>
        <translation>Die Engine wurde beendet, während der Job lief; wiederholen Sie den Job, um ihn erneut auszuführen.</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>The limit must be at least 1.</source>
        <translation>Das Limit muss mindestens 1 betragen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1178"/>
        <location line="+37"/>
        <location line="+80"/>
        <source>Unknown environment &quot;%1&quot;.</source>
        <translation>Unbekannte Umgebung &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="-1277"/>
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
        <location line="+1312"/>
        <location line="+19"/>
        <source>No repository &quot;%1&quot; is registered.</source>
        <translation>Kein Repository &quot;%1&quot; ist registriert.</translation>
    </message>
    <message>
        <location line="-1310"/>
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
        <location line="+95"/>
        <source>The run ended: %1</source>
        <translation>Der Lauf ist beendet: %1</translation>
    </message>
    <message>
        <location line="+64"/>
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
        <location line="+77"/>
        <location line="+43"/>
        <location line="+18"/>
        <location line="+24"/>
        <source>No job %1.</source>
        <translation>Kein Job %1.</translation>
    </message>
    <message>
        <location line="-160"/>
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
        <location line="+62"/>
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
        <location line="+22"/>
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
        <location line="+20"/>
        <source>Exit code %1 is in allow_failure: exit_codes [%2]: the failure is allowed</source>
        <translation>Exit-Code %1 steht in allow_failure: exit_codes [%2]: der Fehler ist erlaubt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit code %1 is not in allow_failure: exit_codes [%2]: the failure counts</source>
        <translation>Exit-Code %1 steht nicht in allow_failure: exit_codes [%2]: der Fehler zählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location line="+60"/>
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
        <location filename="../plugins/pipelines/rundagview.cpp" line="+38"/>
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
        <source>starts at %1</source>
        <translation>startet um %1</translation>
    </message>
    <message>
        <location line="+2"/>
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
    <name>Planner</name>
    <message>
        <location filename="../backend-clients/embedded/planner/src/checks.cpp" line="+41"/>
        <source>By Little&apos;s law (L = λ·W) the peak needs %1 jobs running at once, but compute.peak_concurrency is %2.</source>
        <translation>Nach Little&apos;s Law (L = λ·W) benötigt die Spitze %1 gleichzeitig laufende Jobs, aber compute.peak_concurrency ist %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>compute.peak_concurrency covers the peak by Little&apos;s law.</source>
        <translation>compute.peak_concurrency deckt die Spitze nach Little&apos;s Law ab.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The peak needs %1 workers busy at once, but the autoscaler stops at %2: at peak the queue grows by %3.</source>
        <translation>Die Spitze benötigt %1 gleichzeitig beschäftigte Worker, aber der Autoscaler hört bei %2 auf: In der Spitze wächst die Warteschlange um %3.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The claimed cost %1 follows from the inputs (%2).</source>
        <translation>Die angegebenen Kosten %1 ergeben sich aus den Eingaben (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The claimed cost %1 does not follow from the inputs: they give %2.</source>
        <translation>Die angegebenen Kosten %1 ergeben sich nicht aus den Eingaben: Diese ergeben %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Savings multiply, they do not add: %1 and %2 off leave (1 − %1) × (1 − %2) = %3 (a %4 reduction); read as the shares that remain, %5 × %6 = %7 remain.</source>
        <translation>Einsparungen multiplizieren sich, sie addieren sich nicht: %1 und %2 weniger lassen (1 − %1) × (1 − %2) = %3 übrig (eine Reduktion um %4); als verbleibende Anteile gelesen: %5 × %6 = %7 bleiben.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The service as composed is less available than its SLA.</source>
        <translation>Der Dienst ist in seiner Zusammensetzung weniger verfügbar als sein SLA.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The claimed availability follows from the inputs.</source>
        <translation>Die angegebene Verfügbarkeit ergibt sich aus den Eingaben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The claimed availability %1 (%2 nines) does not follow from the inputs: they give %3 (%4 nines).</source>
        <translation>Die angegebene Verfügbarkeit %1 (%2 Neunen) ergibt sich nicht aus den Eingaben: Diese ergeben %3 (%4 Neunen).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The worker pool is overloaded: jobs arrive faster than it finishes them, so the queue grows without bound.</source>
        <translation>Der Worker-Pool ist überlastet: Jobs treffen schneller ein, als er sie abarbeitet, daher wächst die Warteschlange unbegrenzt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The scale-down threshold is not below the scale-up threshold, so the pool can scale up and down at the same queue depth.</source>
        <translation>Die Schwelle zum Herunterskalieren liegt nicht unter der Schwelle zum Hochskalieren, daher kann der Pool bei derselben Warteschlangenlänge hoch- und herunterskalieren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The scale-up threshold is far from the target queue of the smallest pool, so the two rules pull apart.</source>
        <translation>Die Schwelle zum Hochskalieren liegt weit entfernt von der Ziel-Warteschlange des kleinsten Pools, daher ziehen die beiden Regeln in verschiedene Richtungen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Even at max replicas the pool cannot keep up with the peak.</source>
        <translation>Selbst mit der maximalen Zahl an Replikaten kommt der Pool in der Spitze nicht hinterher.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is already above its limit today.</source>
        <translation>%1: schon heute über dem Limit.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The cost section prices artifact storage and logs, but the scenario models neither, so nothing is priced.</source>
        <translation>Der Kostenabschnitt bepreist Artefaktspeicher und Logs, aber das Szenario modelliert keines von beiden, daher wird nichts bepreist.</translation>
    </message>
    <message>
        <location filename="../backend-clients/embedded/planner/src/evaluate.cpp" line="+39"/>
        <source>Average rate</source>
        <translation>Durchschnittliche Rate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peak rate</source>
        <translation>Spitzenrate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events per month</source>
        <translation>Ereignisse pro Monat</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Raw data per day</source>
        <translation>Rohdaten pro Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Raw data kept</source>
        <translation>Aufbewahrte Rohdaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raw data kept, with replication</source>
        <translation>Aufbewahrte Rohdaten, mit Replikation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share left after compression and dedupe</source>
        <translation>Verbleibender Anteil nach Kompression und Deduplizierung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size reduction by compression and dedupe</source>
        <translation>Größenreduktion durch Kompression und Deduplizierung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stored per day</source>
        <translation>Gespeichert pro Tag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hot tier</source>
        <translation>Hot-Stufe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cold tier</source>
        <translation>Cold-Stufe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stored, all tiers</source>
        <translation>Gespeichert, alle Stufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored, all tiers, with replication</source>
        <translation>Gespeichert, alle Stufen, mit Replikation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>vCPUs at peak</source>
        <translation>vCPUs in der Spitze</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memory at peak</source>
        <translation>Arbeitsspeicher in der Spitze</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Jobs running at once on average (Little&apos;s law)</source>
        <translation>Im Mittel gleichzeitig laufende Jobs (Little&apos;s Law)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jobs running at once at peak (Little&apos;s law)</source>
        <translation>In der Spitze gleichzeitig laufende Jobs (Little&apos;s Law)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vCPUs at peak by Little&apos;s law</source>
        <translation>vCPUs in der Spitze nach Little&apos;s Law</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>vCPUs at peak, class %1</source>
        <translation>vCPUs in der Spitze, Klasse %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memory at peak, class %1</source>
        <translation>Arbeitsspeicher in der Spitze, Klasse %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>vCPUs at peak, by class</source>
        <translation>vCPUs in der Spitze, nach Klassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory at peak, by class</source>
        <translation>Arbeitsspeicher in der Spitze, nach Klassen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Log volume per day</source>
        <translation>Log-Volumen pro Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log volume per hour</source>
        <translation>Log-Volumen pro Stunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingest rate</source>
        <translation>Aufnahmerate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log volume per hour during a spike</source>
        <translation>Log-Volumen pro Stunde während einer Lastspitze</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log volume per month</source>
        <translation>Log-Volumen pro Monat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message buffer (Kafka) size</source>
        <translation>Größe des Nachrichtenpuffers (Kafka)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hot tier (searchable)</source>
        <translation>Hot-Stufe (durchsuchbar)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cold tier (archive)</source>
        <translation>Cold-Stufe (Archiv)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: monthly cost, all hot, no optimisation</source>
        <translation>%1: Monatskosten, alles hot, ohne Optimierung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>with compression only</source>
        <translation>nur mit Kompression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with dedupe only</source>
        <translation>nur mit Deduplizierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with the lifecycle tiers only</source>
        <translation>nur mit den Lebenszyklus-Stufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with all optimisations</source>
        <translation>mit allen Optimierungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: monthly cost %2</source>
        <translation>%1: Monatskosten %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: saving %2</source>
        <translation>%1: Einsparung %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: saving %2, share</source>
        <translation>%1: Einsparung %2, Anteil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: hot tier cost, optimised</source>
        <translation>%1: Kosten der Hot-Stufe, optimiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: cold tier cost, optimised</source>
        <translation>%1: Kosten der Cold-Stufe, optimiert</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Monthly storage cost, optimised</source>
        <translation>Monatliche Speicherkosten, optimiert</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 after %2 months</source>
        <translation>%1 nach %2 Monaten</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+3"/>
        <source>Month %1 crosses its limit</source>
        <translation>%1: Monat der Limitüberschreitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stays under the limit for %1 months</source>
        <translation>%1 Monate lang unter dem Limit</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Offered load</source>
        <translation>Angebotene Last</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worker utilisation</source>
        <translation>Auslastung der Worker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fewest workers that keep the queue finite</source>
        <translation>Mindestzahl an Workern, mit der die Warteschlange endlich bleibt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the queue grows without bound: offered load %1 erlangs ≥ %2 workers</source>
        <translation>die Warteschlange wächst unbegrenzt: angebotene Last %1 Erlang ≥ %2 Worker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Probability a job waits (Erlang C)</source>
        <translation>Wahrscheinlichkeit, dass ein Job wartet (Erlang C)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>Mean wait in the queue</source>
        <translation>Mittlere Wartezeit in der Warteschlange</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+12"/>
        <source>Wait at the target percentile</source>
        <translation>Wartezeit im Ziel-Perzentil</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Jobs waiting on average</source>
        <translation>Im Mittel wartende Jobs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jobs waiting or running on average</source>
        <translation>Im Mittel wartende oder laufende Jobs</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+3"/>
        <source>Fewest workers for the target mean wait</source>
        <translation>Mindestzahl an Workern für die mittlere Ziel-Wartezeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>more than a million workers</source>
        <translation>mehr als eine Million Worker</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+3"/>
        <source>Fewest workers for the target percentile</source>
        <translation>Mindestzahl an Workern für das Ziel-Perzentil</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Most jobs the pool finishes per second</source>
        <translation>Höchstzahl an Jobs, die der Pool pro Sekunde abschließt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jobs the smallest pool finishes per second</source>
        <translation>Jobs, die der kleinste Pool pro Sekunde abschließt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queue depth the target allows at max replicas</source>
        <translation>Warteschlangenlänge, die das Ziel bei maximalen Replikaten zulässt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Utilisation at peak with max replicas</source>
        <translation>Auslastung in der Spitze bei maximalen Replikaten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queue growth at peak with max replicas</source>
        <translation>Wachstum der Warteschlange in der Spitze bei maximalen Replikaten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Downtime the SLA allows per month</source>
        <translation>Vom SLA erlaubte Ausfallzeit pro Monat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downtime the SLA allows per year</source>
        <translation>Vom SLA erlaubte Ausfallzeit pro Jahr</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Availability of the copies in parallel</source>
        <translation>Verfügbarkeit der parallelen Kopien</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Availability of the whole service</source>
        <translation>Verfügbarkeit des gesamten Dienstes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected downtime of the whole service per year</source>
        <translation>Erwartete Ausfallzeit des gesamten Dienstes pro Jahr</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error budget</source>
        <translation>Fehlerbudget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error budget per window, as full downtime</source>
        <translation>Fehlerbudget pro Zeitfenster, als vollständige Ausfallzeit</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../backend-clients/embedded/planner/src/report.cpp" line="+84"/>
        <source>Burn rate</source>
        <translation>Burn-Rate</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Budget spent in</source>
        <translation>Budget aufgebraucht in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing fails, the budget is not spent</source>
        <translation>nichts schlägt fehl, das Budget wird nicht verbraucht</translation>
    </message>
    <message>
        <location line="+160"/>
        <location filename="../backend-clients/embedded/planner/src/simulator.cpp" line="+64"/>
        <source>The capacity scenario is incomplete</source>
        <translation>Das Kapazitätsszenario ist unvollständig</translation>
    </message>
    <message>
        <location filename="../backend-clients/embedded/planner/src/inputs.cpp" line="+46"/>
        <source>Events (deployments, requests) per day</source>
        <translation>Ereignisse (Deployments, Anfragen) pro Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peak rate over average rate</source>
        <translation>Spitzenrate im Verhältnis zur durchschnittlichen Rate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Objects (artifacts) stored per day; defaults to traffic.events_per_day</source>
        <translation>Pro Tag gespeicherte Objekte (Artefakte); Standard: traffic.events_per_day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average size of one object</source>
        <translation>Durchschnittliche Größe eines Objekts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long an object is kept before it is deleted</source>
        <translation>Wie lange ein Objekt aufbewahrt wird, bevor es gelöscht wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies kept of every object (redundancy)</source>
        <translation>Aufbewahrte Kopien jedes Objekts (Redundanz)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size reduction by compression (60 % leaves 40 %)</source>
        <translation>Größenreduktion durch Kompression (60 % lassen 40 % übrig)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size reduction by deduplication, applied after compression</source>
        <translation>Größenreduktion durch Deduplizierung, nach der Kompression angewendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age at which an object moves to the cold tier; absent: never</source>
        <translation>Alter, ab dem ein Objekt in die Cold-Stufe wechselt; ohne Angabe: nie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jobs running at the same time at peak</source>
        <translation>Gleichzeitig laufende Jobs in der Spitze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCPUs one job needs</source>
        <translation>vCPUs, die ein Job benötigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory one job needs</source>
        <translation>Arbeitsspeicher, den ein Job benötigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average time one job runs (for Little&apos;s law)</source>
        <translation>Durchschnittliche Laufzeit eines Jobs (für Little&apos;s Law)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCPUs of a job of this class</source>
        <translation>vCPUs eines Jobs dieser Klasse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory of a job of this class</source>
        <translation>Arbeitsspeicher eines Jobs dieser Klasse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of the jobs in this class; the shares add up to 100 %</source>
        <translation>Anteil der Jobs in dieser Klasse; die Anteile ergeben zusammen 100 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Servers that send logs</source>
        <translation>Server, die Logs senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log volume one server sends</source>
        <translation>Log-Volumen, das ein Server sendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log rate during a spike over the normal rate</source>
        <translation>Log-Rate während einer Lastspitze im Verhältnis zur normalen Rate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long the message buffer (Kafka) keeps messages</source>
        <translation>Wie lange der Nachrichtenpuffer (Kafka) Nachrichten aufbewahrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long logs stay searchable in the hot tier</source>
        <translation>Wie lange Logs in der Hot-Stufe durchsuchbar bleiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long logs are kept in the cold tier (archived on arrival)</source>
        <translation>Wie lange Logs in der Cold-Stufe aufbewahrt werden (beim Eintreffen archiviert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies kept in the hot tier</source>
        <translation>Kopien in der Hot-Stufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size reduction by compression</source>
        <translation>Größenreduktion durch Kompression</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size reduction by deduplication</source>
        <translation>Größenreduktion durch Deduplizierung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Price of the artifact storage&apos;s hot tier</source>
        <translation>Preis der Hot-Stufe des Artefaktspeichers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price of the artifact storage&apos;s cold tier</source>
        <translation>Preis der Cold-Stufe des Artefaktspeichers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A monthly artifact storage cost claimed after all optimisations, to check</source>
        <translation>Angegebene monatliche Kosten des Artefaktspeichers nach allen Optimierungen, zur Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price of the hot log tier</source>
        <translation>Preis der Hot-Stufe für Logs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price of the cold log tier</source>
        <translation>Preis der Cold-Stufe für Logs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A monthly log storage cost claimed with the tiers, to check</source>
        <translation>Angegebene monatliche Kosten des Log-Speichers mit den Stufen, zur Prüfung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Growth per month, compounded</source>
        <translation>Wachstum pro Monat, mit Zinseszins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months to project</source>
        <translation>Zu prognostizierende Monate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peak rate the system can take (e.g. the database&apos;s limit)</source>
        <translation>Spitzenrate, die das System verkraftet (z. B. das Limit der Datenbank)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Artifact storage available (replicated)</source>
        <translation>Verfügbarer Artefaktspeicher (repliziert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCPUs available</source>
        <translation>Verfügbare vCPUs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory available</source>
        <translation>Verfügbarer Arbeitsspeicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hot log storage available</source>
        <translation>Verfügbarer Log-Speicher in der Hot-Stufe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jobs arriving per second; defaults to the traffic model&apos;s peak rate</source>
        <translation>Pro Sekunde eintreffende Jobs; Standard: die Spitzenrate des Verkehrsmodells</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average time one job takes; defaults to compute.job_duration</source>
        <translation>Durchschnittliche Dauer eines Jobs; Standard: compute.job_duration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workers serving the queue; defaults to compute.peak_concurrency</source>
        <translation>Worker, die die Warteschlange abarbeiten; Standard: compute.peak_concurrency</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait to size the pool for (mean, and at the percentile)</source>
        <translation>Wartezeit, auf die der Pool ausgelegt wird (im Mittel und im Perzentil)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of jobs that must start within target_wait</source>
        <translation>Anteil der Jobs, die innerhalb von target_wait starten müssen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fewest workers</source>
        <translation>Mindestzahl an Workern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most workers</source>
        <translation>Höchstzahl an Workern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued jobs per worker the scaler aims for</source>
        <translation>Angestrebte Zahl wartender Jobs pro Worker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scale up when the queue is deeper than this</source>
        <translation>Hochskalieren, wenn die Warteschlange länger ist als dieser Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>… for at least this long</source>
        <translation>… und zwar mindestens so lange</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Least time between two scale-ups</source>
        <translation>Mindestabstand zwischen zwei Hochskalierungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scale down when the queue is shallower than this</source>
        <translation>Herunterskalieren, wenn die Warteschlange kürzer ist als dieser Wert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Least time between two scale-downs</source>
        <translation>Mindestabstand zwischen zwei Herunterskalierungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time a new worker takes before it takes jobs</source>
        <translation>Zeit, die ein neuer Worker benötigt, bevor er Jobs annimmt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average job duration; defaults to compute.job_duration</source>
        <translation>Durchschnittliche Dauer eines Jobs; Standard: compute.job_duration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promised availability</source>
        <translation>Zugesagte Verfügbarkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Availability of one copy (region) of the service</source>
        <translation>Verfügbarkeit einer Kopie (Region) des Dienstes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Independent copies (regions); the service is up when one is</source>
        <translation>Unabhängige Kopien (Regionen); der Dienst ist verfügbar, solange eine verfügbar ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A dependency in series: the service needs it up</source>
        <translation>Eine Abhängigkeit in Reihe: Der Dienst benötigt sie, um verfügbar zu sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A composite availability claimed, to check</source>
        <translation>Eine angegebene Gesamtverfügbarkeit, zur Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objective for the error budget; defaults to the SLA</source>
        <translation>Ziel für das Fehlerbudget; Standard: das SLA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window the error budget is counted over</source>
        <translation>Zeitfenster, über das das Fehlerbudget gezählt wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of requests failing now, for the burn rate</source>
        <translation>Anteil der derzeit fehlschlagenden Anfragen, für die Burn-Rate</translation>
    </message>
    <message>
        <location filename="../backend-clients/embedded/planner/src/report.cpp" line="-37"/>
        <source>Contradiction</source>
        <translation>Widerspruch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consistent</source>
        <translation>Widerspruchsfrei</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outputs</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+147"/>
        <source>Output</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it is</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consistency checks</source>
        <translation>Konsistenzprüfungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Burn-rate alerts</source>
        <translation>Burn-Rate-Alarme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error rate above</source>
        <translation>Fehlerquote über</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Budget spent when it fires</source>
        <translation>Beim Auslösen verbrauchtes Budget</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 crosses its limit in month %2.</source>
        <translation>%1: Das Limit wird in Monat %2 überschritten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Growth limits</source>
        <translation>Wachstumsgrenzen</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../backend-clients/embedded/planner/src/scenario.cpp" line="+78"/>
        <source>expects a value such as &apos;%1&apos;, not a list or map</source>
        <translation>erwartet einen Wert wie &apos;%1&apos;, keine Liste und keine Map</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is written twice (first on line %1)</source>
        <translation>ist doppelt angegeben (zuerst in Zeile %1)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>is written twice</source>
        <translation>ist doppelt angegeben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown input group, ignored</source>
        <translation>unbekannte Eingabegruppe, ignoriert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown input, ignored</source>
        <translation>unbekannte Eingabe, ignoriert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a scenario file is a map with name, description and inputs</source>
        <translation>eine Szenariodatei ist eine Map mit name, description und inputs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown key, ignored (known: name, description, inputs)</source>
        <translation>unbekannter Schlüssel, ignoriert (bekannt: name, description, inputs)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the scenario has no name</source>
        <translation>das Szenario hat keinen Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the scenario has no inputs section</source>
        <translation>das Szenario hat keinen Abschnitt inputs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a map of models (traffic, storage, …)</source>
        <translation>muss eine Map von Modellen sein (traffic, storage, …)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown model, ignored (known: %1)</source>
        <translation>unbekanntes Modell, ignoriert (bekannt: %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the model is written twice</source>
        <translation>das Modell ist doppelt angegeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a map of inputs</source>
        <translation>muss eine Map von Eingaben sein</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1: unknown input</source>
        <translation>%1: unbekannte Eingabe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expects %1 such as &apos;%2&apos;, got &apos;%3&apos; (%4)</source>
        <translation>erwartet wird %1 wie &apos;%2&apos;, erhalten: &apos;%3&apos; (%4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must not be negative (got &apos;%1&apos;)</source>
        <translation>darf nicht negativ sein (erhalten: &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be greater than zero (got &apos;%1&apos;)</source>
        <translation>muss größer als null sein (erhalten: &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be at least %1 (got &apos;%2&apos;)</source>
        <translation>muss mindestens %1 sein (erhalten: &apos;%2&apos;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a whole number (got &apos;%1&apos;)</source>
        <translation>muss eine ganze Zahl sein (erhalten: &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is absurdly large (the most this planner accepts is %2)</source>
        <translation>&apos;%1&apos; ist absurd groß (dieser Planer akzeptiert höchstens %2)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>missing: %1, e.g. &apos;%2&apos;</source>
        <translation>fehlt: %1, z. B. &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>missing: every resource class needs vcpu, memory and share</source>
        <translation>fehlt: Jede Ressourcenklasse benötigt vcpu, memory und share</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the class shares add up to %1 %, not 100 %</source>
        <translation>die Anteile der Klassen ergeben zusammen %1 %, nicht 100 %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>missing: parallel_copies needs the availability of one copy</source>
        <translation>fehlt: parallel_copies benötigt die Verfügbarkeit einer Kopie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>min_replicas (%1) is above max_replicas (%2)</source>
        <translation>min_replicas (%1) liegt über max_replicas (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The capacity scenario is not valid</source>
        <translation>Das Kapazitätsszenario ist ungültig</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot apply &apos;%1&apos;</source>
        <translation>&apos;%1&apos; kann nicht angewendet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write INPUT=VALUE, e.g. traffic.events_per_day=20000/day</source>
        <translation>INPUT=VALUE schreiben, z. B. traffic.events_per_day=20000/day</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot set %1</source>
        <translation>%1 kann nicht gesetzt werden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The overrides leave the scenario incomplete</source>
        <translation>Nach den Überschreibungen ist das Szenario unvollständig</translation>
    </message>
    <message>
        <location filename="../backend-clients/embedded/planner/src/simulator.cpp" line="-34"/>
        <source>The autoscaling policy is not valid</source>
        <translation>Die Autoscaling-Richtlinie ist ungültig</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be at least 1</source>
        <translation>muss mindestens 1 sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not be below min_replicas (%1)</source>
        <translation>darf nicht unter min_replicas (%1) liegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is absurdly large (at most 1000000)</source>
        <translation>ist absurd groß (höchstens 1000000)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>must be greater than zero</source>
        <translation>muss größer als null sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The scenario has no autoscaling section</source>
        <translation>Das Szenario hat keinen Abschnitt autoscaling</translation>
    </message>
    <message>
        <location line="+142"/>
        <location line="+3"/>
        <location line="+7"/>
        <location line="+26"/>
        <location line="+9"/>
        <location line="+9"/>
        <source>Cannot read the load &apos;%1&apos;</source>
        <translation>Die Last &apos;%1&apos; kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1: &apos;%2&apos; ist keine Zahl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: must not be negative</source>
        <translation>%1: darf nicht negativ sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: missing (the %2 shape needs %3)</source>
        <translation>%1: fehlt (die Form %2 benötigt %3)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>end: must be after start</source>
        <translation>end: muss nach start liegen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>period: must be greater than zero</source>
        <translation>period: muss größer als null sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown shape &apos;%1&apos; (known: constant, step, ramp, diurnal, spike, or a CSV file)</source>
        <translation>unbekannte Form &apos;%1&apos; (bekannt: constant, step, ramp, diurnal, spike oder eine CSV-Datei)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+35"/>
        <source>Cannot read the load curve</source>
        <translation>Die Lastkurve kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>expected two columns time_s,arrivals_per_s, found %1</source>
        <translation>erwartet: zwei Spalten time_s,arrivals_per_s, gefunden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>time_s &apos;%1&apos; is not a number</source>
        <translation>time_s &apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>arrivals_per_s &apos;%1&apos; is not a number</source>
        <translation>arrivals_per_s &apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>arrivals_per_s must not be negative (got %1)</source>
        <translation>arrivals_per_s darf nicht negativ sein (erhalten: %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>arrivals_per_s %1 is absurdly large</source>
        <translation>arrivals_per_s %1 ist absurd groß</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time_s %1 does not come after the previous line&apos;s %2</source>
        <translation>time_s %1 liegt nicht nach dem Wert %2 der vorherigen Zeile</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: no data lines (expected time_s,arrivals_per_s)</source>
        <translation>%1: keine Datenzeilen (erwartet: time_s,arrivals_per_s)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The simulation options are not valid</source>
        <translation>Die Simulationsoptionen sind ungültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step and duration must be positive, with at most 100 million steps</source>
        <translation>Schrittweite und Dauer müssen positiv sein, mit höchstens 100 Millionen Schritten</translation>
    </message>
    <message>
        <location filename="../backend-clients/embedded/planner/src/units.cpp" line="+147"/>
        <source>a plain number</source>
        <translation>eine einfache Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a percentage</source>
        <translation>ein Prozentwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a rate</source>
        <translation>eine Rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a size</source>
        <translation>eine Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a data rate</source>
        <translation>eine Datenrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a duration</source>
        <translation>eine Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number of vCPUs</source>
        <translation>eine Anzahl vCPUs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a monthly cost</source>
        <translation>monatliche Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a storage price</source>
        <translation>ein Speicherpreis</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The value is empty</source>
        <translation>Der Wert ist leer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; does not start with a number</source>
        <translation>&apos;%1&apos; beginnt nicht mit einer Zahl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a finite number</source>
        <translation>&apos;%1&apos; ist keine endliche Zahl</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown unit &apos;%1&apos; in &apos;%2&apos; (known: %, /s /min /h /day, B KB MB GB TB PB, KB/s … TB/day, s min h d month year, vCPU, USD/month, USD/GB/month)</source>
        <translation>Unbekannte Einheit &apos;%1&apos; in &apos;%2&apos; (bekannt: %, /s /min /h /day, B KB MB GB TB PB, KB/s … TB/day, s min h d month year, vCPU, USD/month, USD/GB/month)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is too large to compute with</source>
        <translation>&apos;%1&apos; ist zu groß, um damit zu rechnen</translation>
    </message>
</context>
<context>
    <name>Remote</name>
    <message>
        <location filename="../backend-clients/remote/src/httpcall.cpp" line="+80"/>
        <source>Prometheus at %1 is paused after %2 failures in a row (circuit breaker open); the next try is in %3 s</source>
        <translation>Prometheus unter %1 ist nach %2 Fehlschlägen in Folge pausiert (Circuit Breaker offen); der nächste Versuch erfolgt in %3 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prometheus at %1 is being probed after repeated failures (circuit breaker half-open); try again in a moment</source>
        <translation>Prometheus unter %1 wird nach wiederholten Fehlschlägen testweise angefragt (Circuit Breaker halb offen); versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Prometheus at %1 did not answer within %2 ms</source>
        <translation>Prometheus unter %1 hat nicht innerhalb von %2 ms geantwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the connection broke after HTTP %1: %2</source>
        <translation>die Verbindung brach nach HTTP %1 ab: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reach Prometheus at %1</source>
        <translation>Prometheus unter %1 ist nicht erreichbar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Prometheus at %1 answered HTTP %2 %3</source>
        <translation>Prometheus unter %1 hat mit HTTP %2 %3 geantwortet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Prometheus at %1 wants credentials, or refused the ones given (HTTP 401)</source>
        <translation>Prometheus unter %1 verlangt Anmeldedaten oder hat die angegebenen abgelehnt (HTTP 401)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prometheus at %1 refused access (HTTP 403)</source>
        <translation>Prometheus unter %1 hat den Zugriff verweigert (HTTP 403)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1; gave up after %2 attempts</source>
        <translation>%1; nach %2 Versuchen aufgegeben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1; the server asks to retry after %2 s, longer than the %3 s allowed</source>
        <translation>%1; der Server bittet um einen erneuten Versuch nach %2 s, länger als die erlaubten %3 s</translation>
    </message>
    <message>
        <location filename="../backend-clients/remote/src/prometheusjson.cpp" line="+38"/>
        <source>Malformed answer from Prometheus: %1: %2</source>
        <translation>Fehlerhafte Antwort von Prometheus: %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+201"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>expected %1, got %2</source>
        <translation>erwartet: %1, erhalten: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>an array of strings</source>
        <translation>ein Array von Zeichenketten</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+45"/>
        <location line="+16"/>
        <location line="+84"/>
        <location line="+6"/>
        <location line="+2"/>
        <location line="+35"/>
        <location line="+16"/>
        <location line="+106"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="-278"/>
        <location line="+164"/>
        <source>a [timestamp, &quot;value&quot;] pair</source>
        <translation>ein Paar [timestamp, &quot;value&quot;]</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+165"/>
        <source>expected 2 elements, got %1</source>
        <translation>erwartet: 2 Elemente, erhalten: %1</translation>
    </message>
    <message>
        <location line="-162"/>
        <location line="+164"/>
        <source>a number (seconds)</source>
        <translation>eine Zahl (Sekunden)</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>timestamp %1 is out of range</source>
        <translation>Zeitstempel %1 liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; ist keine Zahl</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an object of labels</source>
        <translation>ein Objekt aus Labels</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Malformed answer from Prometheus: the body is empty</source>
        <translation>Fehlerhafte Antwort von Prometheus: Der Inhalt ist leer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Malformed answer from Prometheus: the JSON ends early at byte %1 of %2 (%3); the answer looks cut short</source>
        <translation>Fehlerhafte Antwort von Prometheus: Das JSON endet vorzeitig bei Byte %1 von %2 (%3); die Antwort scheint abgeschnitten zu sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Malformed answer from Prometheus: not valid JSON at byte %1 of %2 (%3)</source>
        <translation>Fehlerhafte Antwort von Prometheus: kein gültiges JSON bei Byte %1 von %2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected an object</source>
        <translation>erwartet: ein Objekt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Prometheus could not parse the query: %1</source>
        <translation>Prometheus konnte die Abfrage nicht parsen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prometheus could not answer: %1</source>
        <translation>Prometheus konnte nicht antworten: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected &quot;success&quot; or &quot;error&quot;, got &quot;%1&quot;</source>
        <translation>erwartet: &quot;success&quot; oder &quot;error&quot;, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+46"/>
        <location line="+76"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>expected vector, matrix, scalar or string, got &quot;%1&quot;</source>
        <translation>erwartet: vector, matrix, scalar oder string, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+12"/>
        <source>Prometheus returned a native histogram (%1), which this console cannot show yet</source>
        <translation>Prometheus hat ein natives Histogramm geliefert (%1), das diese Konsole noch nicht anzeigen kann</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an array of [timestamp, &quot;value&quot;] pairs</source>
        <translation>ein Array von Paaren [timestamp, &quot;value&quot;]</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>an array of label sets</source>
        <translation>ein Array von Label-Sets</translation>
    </message>
    <message>
        <location filename="../backend-clients/remote/src/prometheussource.cpp" line="+47"/>
        <source>The Prometheus source was closed before the answer came</source>
        <translation>Die Prometheus-Quelle wurde geschlossen, bevor die Antwort eintraf</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Prometheus at %1 has no such endpoint (HTTP 404); is the base URL right?</source>
        <translation>Prometheus unter %1 hat keinen solchen Endpunkt (HTTP 404); stimmt die Basis-URL?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prometheus at %1 answered HTTP %2 without an explanation</source>
        <translation>Prometheus unter %1 hat mit HTTP %2 ohne Erklärung geantwortet</translation>
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
        <location filename="../backend-clients/embedded/secrets/store/src/embeddedsecretstore.cpp" line="+56"/>
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
        <location line="+75"/>
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
    <message>
        <location filename="../backend-clients/embedded/alerts/src/alertstate.cpp" line="+85"/>
        <source>expected an ISO 8601 time</source>
        <translation>erwartet: eine Zeit nach ISO 8601</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected &quot;alert&quot; or &quot;rule&quot;</source>
        <translation>erwartet: &quot;alert&quot; oder &quot;rule&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a string</source>
        <translation>erwartet: eine Zeichenkette</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>expected an alert state</source>
        <translation>erwartet: ein Alarmstatus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected info, warning or page</source>
        <translation>erwartet: info, warning oder page</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>expected ok, error or unknown</source>
        <translation>erwartet: ok, error oder unknown</translation>
    </message>
    <message>
        <location filename="../backend-clients/embedded/alerts/src/evaluator.cpp" line="+170"/>
        <source>The metrics source &quot;%1&quot; did not answer within %2.</source>
        <translation>Die Metrikquelle &quot;%1&quot; hat nicht innerhalb von %2 geantwortet.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The alert rule is invalid.</source>
        <translation>Die Alarmregel ist ungültig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The metrics source &quot;%1&quot; has been closed.</source>
        <translation>Die Metrikquelle &quot;%1&quot; wurde geschlossen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No metrics source &quot;%1&quot; is configured.</source>
        <translation>Keine Metrikquelle &quot;%1&quot; ist konfiguriert.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The metrics query was cancelled.</source>
        <translation>Die Metrikabfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>No data: the series is missing from the answer.</source>
        <translation>Keine Daten: Die Zeitreihe fehlt in der Antwort.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolved for lack of data: no value since %1 (the rule&apos;s noDataTimeout is %2).</source>
        <translation>Mangels Daten behoben: kein Wert seit %1 (noDataTimeout der Regel ist %2).</translation>
    </message>
    <message>
        <location filename="../backend-clients/embedded/alerts/src/history.cpp" line="+47"/>
        <source>Cannot open the alert history.</source>
        <translation>Der Alarmverlauf kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is below the minimum of 1024 bytes</source>
        <translation>%1 liegt unter dem Minimum von 1024 Bytes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: cannot create the folder</source>
        <translation>%1: Der Ordner kann nicht angelegt werden</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%1:%2: the last entry was cut short (%n byte(s), probably a crash while it was written) and was removed</source>
        <translation>
            <numerusform>%1:%2: Der letzte Eintrag war abgeschnitten (%n Byte, vermutlich ein Absturz beim Schreiben) und wurde entfernt</numerusform>
            <numerusform>%1:%2: Der letzte Eintrag war abgeschnitten (%n Bytes, vermutlich ein Absturz beim Schreiben) und wurde entfernt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot rotate the alert history.</source>
        <translation>Der Alarmverlauf kann nicht rotiert werden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot write the alert history.</source>
        <translation>Der Alarmverlauf kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot read the alert history.</source>
        <translation>Der Alarmverlauf kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the last entry is cut short</source>
        <translation>der letzte Eintrag ist abgeschnitten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1:%2: damaged history entry skipped: %3</source>
        <translation>%1:%2: beschädigter Eintrag im Verlauf übersprungen: %3</translation>
    </message>
    <message>
        <location filename="../backend-clients/embedded/metrics/src/embeddedmetricssource.cpp" line="+25"/>
        <source>Some metrics segment files are damaged; see the log for which.</source>
        <translation>Einige Metrik-Segmentdateien sind beschädigt; welche, steht im Log.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A torn write from an earlier crash was cut off.</source>
        <translation>Ein unvollständiger Schreibvorgang aus einem früheren Absturz wurde abgeschnitten.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Embedded metrics store</source>
        <translation>Eingebetteter Metrikspeicher</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+2"/>
        <location line="+4"/>
        <source>Invalid metrics query.</source>
        <translation>Ungültige Metrikabfrage.</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+2"/>
        <source>not a valid time</source>
        <translation>keine gültige Zeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be before end</source>
        <translation>muss vor end liegen</translation>
    </message>
    <message>
        <location filename="../backend-clients/embedded/metrics/src/metricsendpoint.cpp" line="+37"/>
        <source>Cannot open the metrics endpoint.</source>
        <translation>Der Metrik-Endpunkt kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../backend-clients/embedded/metrics/src/metricsstore.cpp" line="-374"/>
        <source>rawRetentionMs: must be at least 6 minutes</source>
        <translation>rawRetentionMs: muss mindestens 6 Minuten betragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>minuteRetentionMs: must be at least 61 minutes</source>
        <translation>minuteRetentionMs: muss mindestens 61 Minuten betragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hourRetentionMs: must be at least one hour</source>
        <translation>hourRetentionMs: muss mindestens eine Stunde betragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>segmentBytes: must be at least 4096</source>
        <translation>segmentBytes: muss mindestens 4096 betragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>flushBytes: must be positive</source>
        <translation>flushBytes: muss positiv sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>flushInterval, compactionInterval: must be positive</source>
        <translation>flushInterval, compactionInterval: müssen positiv sein</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>a series definition is too short</source>
        <translation>eine Zeitreihendefinition ist zu kurz</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>series %1: its definition is cut short</source>
        <translation>Zeitreihe %1: Ihre Definition ist abgeschnitten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>series %1 is defined with other labels than before; the later definition is ignored</source>
        <translation>Zeitreihe %1 ist mit anderen Labels als zuvor definiert; die spätere Definition wird ignoriert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>series %1 repeats the labels of another id; ignored</source>
        <translation>Zeitreihe %1 wiederholt die Labels einer anderen ID; ignoriert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>samples of the undefined series %1 are skipped</source>
        <translation>Messwerte der nicht definierten Zeitreihe %1 werden übersprungen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>a record of unknown type %1 is skipped</source>
        <translation>ein Eintrag unbekannten Typs %1 wird übersprungen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot create the metrics folder.</source>
        <translation>Der Metrikordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the metrics store&apos;s lock file.</source>
        <translation>Die Sperrdatei des Metrikspeichers kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Invalid metrics store options.</source>
        <translation>Ungültige Optionen für den Metrikspeicher.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No workspace folder was given.</source>
        <translation>Es wurde kein Arbeitsbereichsordner angegeben.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../backend-clients/embedded/metrics/src/registry.cpp" line="+93"/>
        <source>Invalid metric name.</source>
        <translation>Ungültiger Metrikname.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>__name__ = &quot;%1&quot;: letters, digits, &apos;_&apos; and &apos;:&apos;, not starting with a digit</source>
        <translation>__name__ = &quot;%1&quot;: Buchstaben, Ziffern, &apos;_&apos; und &apos;:&apos;, nicht mit einer Ziffer beginnend</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../backend-clients/embedded/metrics/src/registry.cpp" line="+6"/>
        <location line="+7"/>
        <source>Invalid label name.</source>
        <translation>Ungültiger Label-Name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>metric %1, label &quot;%2&quot;: letters, digits and &apos;_&apos;, not starting with a digit</source>
        <translation>Metrik %1, Label &quot;%2&quot;: Buchstaben, Ziffern und &apos;_&apos;, nicht mit einer Ziffer beginnend</translation>
    </message>
    <message>
        <location filename="../backend-clients/embedded/metrics/src/registry.cpp" line="-12"/>
        <source>&quot;%1&quot;: a metric name is letters, digits, &apos;_&apos; and &apos;:&apos;, not starting with a digit</source>
        <translation>&quot;%1&quot;: Ein Metrikname besteht aus Buchstaben, Ziffern, &apos;_&apos; und &apos;:&apos; und beginnt nicht mit einer Ziffer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>metric %1, label &quot;%2&quot;: a label name is letters, digits and &apos;_&apos;, not starting with a digit or &quot;__&quot; (and &quot;le&quot; is reserved for histograms)</source>
        <translation>Metrik %1, Label &quot;%2&quot;: Ein Label-Name besteht aus Buchstaben, Ziffern und &apos;_&apos; und beginnt weder mit einer Ziffer noch mit &quot;__&quot; (&quot;le&quot; ist für Histogramme reserviert)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>metric %1: label names repeat: %2</source>
        <translation>Metrik %1: Label-Namen wiederholen sich: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid histogram buckets.</source>
        <translation>Ungültige Histogramm-Buckets.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>metric %1, bucket %2: bounds must be finite and strictly increasing</source>
        <translation>Metrik %1, Bucket %2: Grenzen müssen endlich und streng aufsteigend sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The metric is already registered differently.</source>
        <translation>Die Metrik ist bereits anders registriert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>metric %1: registered before with another type, label names or buckets</source>
        <translation>Metrik %1: zuvor mit anderem Typ, anderen Label-Namen oder anderen Buckets registriert</translation>
    </message>
    <message>
        <location filename="../backend-clients/embedded/planner/src/scenario.cpp" line="-191"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../backend-clients/embedded/planner/src/simulator.cpp" line="-129"/>
        <source>constant %1 /s</source>
        <translation>konstant %1 /s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step %1 → %2 /s at %3 s</source>
        <translation>Sprung %1 → %2 /s bei %3 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ramp %1 → %2 /s from %3 s to %4 s</source>
        <translation>Rampe %1 → %2 /s von %3 s bis %4 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diurnal %1 → %2 /s, peak at %3 s</source>
        <translation>Tagesverlauf %1 → %2 /s, Spitze bei %3 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spike %1 → %2 /s at %3 s for %4 s</source>
        <translation>Lastspitze %1 → %2 /s bei %3 s für %4 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 points from CSV</source>
        <translation>%1 Punkte aus CSV</translation>
    </message>
    <message>
        <location filename="../backend-clients/remote/src/prometheussource.cpp" line="+44"/>
        <source>baseUrl: &quot;%1&quot; is not a URL with a host</source>
        <translation>baseUrl: &quot;%1&quot; ist keine URL mit Host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>baseUrl: the scheme must be http or https, not &quot;%1&quot;</source>
        <translation>baseUrl: Das Schema muss http oder https sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>requestTimeout: must be more than 0 ms</source>
        <translation>requestTimeout: muss mehr als 0 ms betragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>maxRetryAfter: cannot be negative</source>
        <translation>maxRetryAfter: darf nicht negativ sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scrapeInterval: cannot be negative</source>
        <translation>scrapeInterval: darf nicht negativ sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>healthInterval: cannot be negative</source>
        <translation>healthInterval: darf nicht negativ sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>backoff: %1</source>
        <translation>backoff: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>breaker: %1</source>
        <translation>breaker: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Prometheus (%1)</source>
        <translation>Prometheus (%1)</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>%1; paused after %2 failures in a row (circuit breaker open)</source>
        <translation>%1; nach %2 Fehlschlägen in Folge pausiert (Circuit Breaker offen)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Malformed answers: %1</source>
        <translation>Fehlerhafte Antworten: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answering at %1, but only after %2 attempts</source>
        <translation>Antwortet unter %1, aber erst nach %2 Versuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answering at %1</source>
        <translation>Antwortet unter %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>A series lookup needs at least one matcher</source>
        <translation>Eine Zeitreihensuche benötigt mindestens einen Matcher</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The expression yields a string (&quot;%1&quot;), not numbers</source>
        <translation>Der Ausdruck liefert eine Zeichenkette (&quot;%1&quot;), keine Zahlen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The range query needs a start before its end</source>
        <translation>Die Bereichsabfrage benötigt einen Anfang vor ihrem Ende</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The range query needs a step above zero</source>
        <translation>Die Bereichsabfrage benötigt eine Schrittweite über null</translation>
    </message>
</context>
</TS>
