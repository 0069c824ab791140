<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AppSchema</name>
    <message>
        <source>looking for Steward&apos;s tables</source>
        <translation>buscando las tablas de Steward</translation>
    </message>
    <message>
        <source>reading Steward&apos;s schema version</source>
        <translation>leyendo la versión de esquema de Steward</translation>
    </message>
    <message>
        <source>init</source>
        <translation>inicialización</translation>
    </message>
    <message>
        <source>Steward&apos;s tables are at version %1, newer than this build knows (%2); use a newer Steward</source>
        <translation>Las tablas de Steward están en la versión %1, más nueva que la que conoce esta compilación (%2); use un Steward más reciente</translation>
    </message>
    <message>
        <source>recording schema version</source>
        <translation>registrando la versión de esquema</translation>
    </message>
    <message>
        <source>reading roles</source>
        <translation>leyendo roles</translation>
    </message>
    <message>
        <source>granting admin</source>
        <translation>concediendo admin</translation>
    </message>
    <message>
        <source>this database has no Steward tables yet; run `steward-cli init` (or Initialise in the application) to create them</source>
        <translation>esta base de datos aún no tiene tablas de Steward; ejecute `steward-cli init` (o Inicializar en la aplicación) para crearlas</translation>
    </message>
    <message>
        <source>Steward&apos;s tables are at version %1, newer than this build knows (%2)</source>
        <translation>Las tablas de Steward están en la versión %1, más nueva que la que conoce esta compilación (%2)</translation>
    </message>
    <message>
        <source>Steward&apos;s tables are at version %1; run `steward-cli init` to migrate them to %2</source>
        <translation>Las tablas de Steward están en la versión %1; ejecute `steward-cli init` para migrarlas a la %2</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>record %1 (%2 %3 %4 by %5 at %6)</source>
        <translation>registro %1 (%2 %3 %4 por %5 a las %6)</translation>
    </message>
    <message>
        <source>locking the audit chain</source>
        <translation>bloqueando la cadena de auditoría</translation>
    </message>
    <message>
        <source>the audit chain has no head record; run `steward-cli init`</source>
        <translation>la cadena de auditoría no tiene registro de cabeza; ejecute `steward-cli init`</translation>
    </message>
    <message>
        <source>writing the audit record</source>
        <translation>escribiendo el registro de auditoría</translation>
    </message>
    <message>
        <source>advancing the audit chain</source>
        <translation>avanzando la cadena de auditoría</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>leyendo el registro de auditoría</translation>
    </message>
    <message>
        <source>record %1 is missing (the next record found is %2)</source>
        <translation>falta el registro %1 (el siguiente encontrado es %2)</translation>
    </message>
    <message>
        <source>record %1 appears out of order</source>
        <translation>el registro %1 está fuera de orden</translation>
    </message>
    <message>
        <source>%1 does not follow the record before it (its previous-hash differs): a record was removed, inserted or reordered before it</source>
        <translation>%1 no sigue al registro anterior (su hash anterior difiere): antes de él se eliminó, insertó o reordenó un registro</translation>
    </message>
    <message>
        <source>%1 was altered: its content does not match its hash</source>
        <translation>%1 fue alterado: su contenido no coincide con su hash</translation>
    </message>
    <message>
        <source>reading the audit chain head</source>
        <translation>leyendo la cabeza de la cadena de auditoría</translation>
    </message>
    <message>
        <source>the audit chain head record is missing</source>
        <translation>falta el registro de cabeza de la cadena de auditoría</translation>
    </message>
    <message>
        <source>record %1 and later are missing: the chain should end at record %2</source>
        <translation>faltan el registro %1 y los siguientes: la cadena debería terminar en el registro %2</translation>
    </message>
    <message>
        <source>the chain&apos;s recorded end (record %1) does not match its last record (%2)</source>
        <translation>el final registrado de la cadena (registro %1) no coincide con su último registro (%2)</translation>
    </message>
    <message>
        <source>the chain&apos;s recorded end does not match record %1: it was replaced</source>
        <translation>el final registrado de la cadena no coincide con el registro %1: fue reemplazado</translation>
    </message>
    <message>
        <source>no list of values for %1</source>
        <translation>no hay lista de valores para %1</translation>
    </message>
    <message>
        <source>listing the values of %1</source>
        <translation>listando los valores de %1</translation>
    </message>
</context>
<context>
    <name>AuditReconciliation</name>
    <message>
        <source>looking for the table %1</source>
        <translation>buscando la tabla %1</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>%1 %2 is %3, but the audit trail has no record of it</source>
        <translation>%1 %2 está en %3, pero el registro de auditoría no tiene constancia de ello</translation>
    </message>
    <message>
        <source>%1 %2 is %3, but the audit trail last left it %4 (record %5)</source>
        <translation>%1 %2 está en %3, pero el registro de auditoría lo dejó por última vez en %4 (registro %5)</translation>
    </message>
    <message>
        <source>reconciling the %1 items with the audit trail</source>
        <translation>conciliando los elementos %1 con el registro de auditoría</translation>
    </message>
    <message>
        <source>adopting the states of %1 items</source>
        <translation>adoptando los estados de los elementos %1</translation>
    </message>
</context>
<context>
    <name>BacktestFolds</name>
    <message>
        <source>this database has no backtest_results table</source>
        <translation>esta base de datos no tiene la tabla backtest_results</translation>
    </message>
    <message>
        <source>listing backtested versions of %1</source>
        <translation>listando las versiones con backtest de %1</translation>
    </message>
    <message>
        <source>client %1 has no backtests</source>
        <translation>el cliente %1 no tiene backtests</translation>
    </message>
    <message>
        <source>version %1 of client %2 has no backtests</source>
        <translation>la versión %1 del cliente %2 no tiene backtests</translation>
    </message>
    <message>
        <source>the backtests of %1 have no metric %2 (they have: %3)</source>
        <translation>los backtests de %1 no tienen la métrica %2 (tienen: %3)</translation>
    </message>
</context>
<context>
    <name>BatchInserter</name>
    <message>
        <source>inserting into %1</source>
        <translation>insertando en %1</translation>
    </message>
</context>
<context>
    <name>BuiltInProfiles</name>
    <message>
        <source>no profile named %1 and no such file (built in: %2)</source>
        <translation>no hay un perfil llamado %1 ni tal archivo (incluidos: %2)</translation>
    </message>
</context>
<context>
    <name>ChartFigure</name>
    <message>
        <source>there is no chart to save</source>
        <translation>no hay gráfico que guardar</translation>
    </message>
</context>
<context>
    <name>ClientVersions</name>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>ComplianceReport</name>
    <message>
        <source>counting violations</source>
        <translation>contando infracciones</translation>
    </message>
    <message>
        <source>measuring time to resolve</source>
        <translation>midiendo el tiempo de resolución</translation>
    </message>
    <message>
        <source>counting detections per day</source>
        <translation>contando detecciones por día</translation>
    </message>
    <message>
        <source>counting resolutions per day</source>
        <translation>contando resoluciones por día</translation>
    </message>
    <message>
        <source>Reading decisions (%1)</source>
        <translation>Leyendo decisiones (%1)</translation>
    </message>
    <message>
        <source>the report was cancelled</source>
        <translation>se canceló el informe</translation>
    </message>
    <message>
        <source>the period starts (%1) after it ends (%2)</source>
        <translation>el periodo empieza (%1) después de terminar (%2)</translation>
    </message>
    <message>
        <source>Counting violations</source>
        <translation>Contando infracciones</translation>
    </message>
    <message>
        <source>Finding open criticals and overdue items</source>
        <translation>Buscando críticas abiertas y elementos vencidos</translation>
    </message>
    <message>
        <source>Measuring time to resolve</source>
        <translation>Midiendo el tiempo de resolución</translation>
    </message>
    <message>
        <source>Counting per day</source>
        <translation>Contando por día</translation>
    </message>
    <message>
        <source>Reading decisions</source>
        <translation>Leyendo decisiones</translation>
    </message>
    <message>
        <source>Verifying the audit chain</source>
        <translation>Verificando la cadena de auditoría</translation>
    </message>
    <message>
        <source>Data gathered</source>
        <translation>Datos reunidos</translation>
    </message>
    <message>
        <source>Reading monitoring</source>
        <translation>Leyendo la monitorización</translation>
    </message>
</context>
<context>
    <name>ConnectionTarget</name>
    <message>
        <source>no database given: pass --db PATH or --db postgresql://..., or set STEWARD_DB</source>
        <translation>no se indicó base de datos: use --db RUTA o --db postgresql://..., o defina STEWARD_DB</translation>
    </message>
    <message>
        <source>not a valid PostgreSQL URI (expected postgresql://user@host:port/database)</source>
        <translation>no es una URI de PostgreSQL válida (se esperaba postgresql://user@host:port/database)</translation>
    </message>
    <message>
        <source>not a valid connection string (expected name=value pairs such as host=db dbname=mlops)</source>
        <translation>no es una cadena de conexión válida (se esperan pares nombre=valor como host=db dbname=mlops)</translation>
    </message>
    <message>
        <source>not a valid connection string: a quoted value of %1 is not closed</source>
        <translation>no es una cadena de conexión válida: un valor entre comillas de %1 no está cerrado</translation>
    </message>
    <message>
        <source>unknown connection parameter %1</source>
        <translation>parámetro de conexión desconocido %1</translation>
    </message>
</context>
<context>
    <name>ConsoleGuard</name>
    <message>
        <source>the SQLite driver did not expose its handle</source>
        <translation>el controlador SQLite no expuso su identificador</translation>
    </message>
    <message>
        <source>Refused: the statement would change the database or the connection (%1); the console only reads.</source>
        <translation>Rechazado: la sentencia cambiaría la base de datos o la conexión (%1); la consola solo lee.</translation>
    </message>
    <message>
        <source>the statement could not be compiled</source>
        <translation>no se pudo compilar la sentencia</translation>
    </message>
    <message>
        <source>Refused: the console runs one statement at a time, and this text holds more than one.</source>
        <translation>Rechazado: la consola ejecuta una sentencia cada vez y este texto contiene más de una.</translation>
    </message>
    <message>
        <source>Refused: the statement would change the database; the console only reads.</source>
        <translation>Rechazado: la sentencia cambiaría la base de datos; la consola solo lee.</translation>
    </message>
    <message>
        <source>The statement has parameters (?, :name), and the console has no values to bind to them.</source>
        <translation>La sentencia tiene parámetros (?, :name), y la consola no tiene valores que asignarles.</translation>
    </message>
    <message>
        <source>Refused: the statement returns no rows to show; the console runs queries.</source>
        <translation>Rechazado: la sentencia no devuelve filas que mostrar; la consola ejecuta consultas.</translation>
    </message>
</context>
<context>
    <name>ConsoleRole</name>
    <message>
        <source>creating the console role steward_console (init on PostgreSQL needs a login that may create roles): %1</source>
        <translation>creando el rol de consola steward_console (init en PostgreSQL necesita un usuario que pueda crear roles): %1</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>running the statement</source>
        <translation>ejecutando la sentencia</translation>
    </message>
    <message>
        <source>could not write: %1</source>
        <translation>no se pudo escribir: %1</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>se canceló la exportación</translation>
    </message>
    <message>
        <source>Type a query to run, for example SELECT * FROM llm_suggestions.</source>
        <translation>Escriba una consulta, por ejemplo SELECT * FROM llm_suggestions.</translation>
    </message>
    <message>
        <source>The statement is unfinished: a quote or comment is never closed.</source>
        <translation>La sentencia está incompleta: una comilla o un comentario no se cierra.</translation>
    </message>
    <message>
        <source>Refused: the console runs one statement at a time, and this text holds more than one.</source>
        <translation>Rechazado: la consola ejecuta una sentencia cada vez y este texto contiene más de una.</translation>
    </message>
    <message>
        <source> To read a pragma, use its table form, e.g. SELECT * FROM pragma_table_info(&apos;llm_suggestions&apos;).</source>
        <translation> Para leer un pragma, use su forma de tabla, p. ej. SELECT * FROM pragma_table_info(&apos;llm_suggestions&apos;).</translation>
    </message>
    <message>
        <source>Refused: %1 statements do not run in the read-only console; only queries (SELECT, WITH … SELECT, VALUES) do.%2</source>
        <translation>Rechazado: las sentencias %1 no se ejecutan en la consola de solo lectura; solo las consultas (SELECT, WITH … SELECT, VALUES).%2</translation>
    </message>
    <message>
        <source>The statement has a ? placeholder, and the console has no values to bind to it. On PostgreSQL, write jsonb_exists(x, &apos;key&apos;) for the ? operator.</source>
        <translation>La sentencia tiene un parámetro ?, y la consola no tiene valores que asignarle. En PostgreSQL, escriba jsonb_exists(x, &apos;key&apos;) en lugar del operador ?.</translation>
    </message>
    <message>
        <source>The statement was cancelled.</source>
        <translation>La sentencia se canceló.</translation>
    </message>
    <message>
        <source>The statement did not finish within %1 s and was stopped.</source>
        <translation>La sentencia no terminó en %1 s y se detuvo.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <source>%1: not a readable SQLite database: %2</source>
        <translation>%1: no es una base de datos SQLite legible: %2</translation>
    </message>
    <message>
        <source>%1: the integrity check could not run: %2</source>
        <translation>%1: no se pudo ejecutar la comprobación de integridad: %2</translation>
    </message>
    <message>
        <source>%1: the database is damaged: %2</source>
        <translation>%1: la base de datos está dañada: %2</translation>
    </message>
    <message>
        <source>the SQLite driver did not expose its handle</source>
        <translation>el controlador SQLite no expuso su identificador</translation>
    </message>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation>%1: no se puede conectar: %2</translation>
    </message>
    <message>
        <source>reading the login name</source>
        <translation>leyendo el nombre de usuario</translation>
    </message>
    <message>
        <source>on PostgreSQL you act as the database login (%1); log in as %2 instead of using --as</source>
        <translation>en PostgreSQL se actúa como el usuario de la base de datos (%1); inicie sesión como %2 en lugar de usar --as</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>database error</source>
        <translation>error de la base de datos</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>escribir</translation>
    </message>
    <message>
        <source>%1: has a write-ahead log (%2-wal) but no %2-shm; reading it would create one beside it. Open it read-write once to fold the log into the file, or copy both files elsewhere first</source>
        <translation>%1: tiene un registro de escritura anticipada (%2-wal) pero no %2-shm; leerlo crearía uno a su lado. Ábralo una vez en lectura y escritura para integrar el registro en el archivo, o copie antes ambos archivos a otro lugar</translation>
    </message>
    <message>
        <source>%1: stopped because it ran longer than allowed</source>
        <translation>%1: se detuvo porque tardó más de lo permitido</translation>
    </message>
    <message>
        <source>listening for changes on %1</source>
        <translation>escuchando cambios en %1</translation>
    </message>
    <message>
        <source>checking the connection</source>
        <translation>comprobando la conexión</translation>
    </message>
    <message>
        <source>announcing the change on %1</source>
        <translation>anunciando el cambio en %1</translation>
    </message>
    <message>
        <source>%1: the connection to %2 was lost and could not be restored: %3</source>
        <translation>%1: se perdió la conexión con %2 y no se pudo restablecer: %3</translation>
    </message>
    <message>
        <source>%1: lost the connection to %2</source>
        <translation>%1: se perdió la conexión con %2</translation>
    </message>
    <message>
        <source>%1: lost the connection to %2 (%3)</source>
        <translation>%1: se perdió la conexión con %2 (%3)</translation>
    </message>
    <message>
        <source>%1: did not finish within %2 s and was stopped (a view that never ends, or more than can be read in that time)</source>
        <translation>%1: no terminó en %2 s y se detuvo (una vista que nunca termina, o más de lo que se puede leer en ese tiempo)</translation>
    </message>
    <message>
        <source>Refused (%1): this file is a Steward snapshot, which opens read-only</source>
        <translation>Rechazado (%1): este archivo es una instantánea de Steward, que se abre en solo lectura</translation>
    </message>
    <message>
        <source>Refused (%1): the database is open read-only</source>
        <translation>Rechazado (%1): la base de datos está abierta en solo lectura</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>reading the violation deadlines</source>
        <translation>leyendo los plazos de las infracciones</translation>
    </message>
    <message>
        <source>%1 is not a severity (critical, high, medium or low)</source>
        <translation>%1 no es una gravedad (critical, high, medium o low)</translation>
    </message>
    <message>
        <source>a deadline is a whole number of days from %1 to %2, not %3</source>
        <translation>un plazo es un número entero de días de %1 a %2, no %3</translation>
    </message>
    <message>
        <source>saving the %1 deadline</source>
        <translation>guardando el plazo %1</translation>
    </message>
</context>
<context>
    <name>DecliningTrendNote</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2 from %3 to %4 over %5 points</source>
        <translation>%1: %2 de %3 a %4 en %5 puntos</translation>
    </message>
    <message>
        <source> · &lt;span style=&apos;color:%1;&apos;&gt;▼ declining trend on the active version: %2&lt;/span&gt;</source>
        <translation> · &lt;span style=&apos;color:%1;&apos;&gt;▼ tendencia a la baja en la versión activa: %2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Monitoring reads a declining trend on the active version (see Monitoring ▸ Performance):
%1</source>
        <translation>La monitorización indica una tendencia a la baja en la versión activa (ver Monitorización ▸ Rendimiento):
%1</translation>
    </message>
</context>
<context>
    <name>DemoArrivals</name>
    <message>
        <source>reading the demo&apos;s suggestions</source>
        <translation>leyendo las sugerencias de la demo</translation>
    </message>
    <message>
        <source>recording new suggestions</source>
        <translation>registrando sugerencias nuevas</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>choosing demo decisions</source>
        <translation>eligiendo las decisiones de demostración</translation>
    </message>
    <message>
        <source>--scale must be at least 1</source>
        <translation>--scale debe ser al menos 1</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <source>checking the target</source>
        <translation>comprobando el destino</translation>
    </message>
    <message>
        <source>the target already has pipeline tables; the demo writes only into an empty database</source>
        <translation>el destino ya tiene tablas del pipeline; la demo solo escribe en una base de datos vacía</translation>
    </message>
    <message>
        <source>%1 already exists; remove it or choose another name</source>
        <translation>%1 ya existe; elimínelo o elija otro nombre</translation>
    </message>
    <message>
        <source>%1: the folder does not exist</source>
        <translation>%1: la carpeta no existe</translation>
    </message>
    <message>
        <source>could not move the finished demo into place at %1</source>
        <translation>no se pudo mover la demo terminada a %1</translation>
    </message>
    <message>
        <source>the target already has tables; the demo writes only into an empty database</source>
        <translation>el destino ya tiene tablas; la demo solo escribe en una base de datos vacía</translation>
    </message>
</context>
<context>
    <name>DemoWriter</name>
    <message>
        <source>suggestions</source>
        <translation>sugerencias</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>writing tables</source>
        <translation>escribiendo tablas</translation>
    </message>
    <message>
        <source>model versions</source>
        <translation>versiones de modelo</translation>
    </message>
    <message>
        <source>forecasts</source>
        <translation>previsiones</translation>
    </message>
</context>
<context>
    <name>DeploymentRollback</name>
    <message>
        <source>%1 does not record when and where each deployment ran; Steward cannot tell which deployment came before</source>
        <translation>%1 no registra cuándo ni dónde se ejecutó cada despliegue; Steward no puede saber qué despliegue hubo antes</translation>
    </message>
    <message>
        <source>looking for the deployment before %1</source>
        <translation>buscando el despliegue anterior a %1</translation>
    </message>
    <message>
        <source>deployment %1 has no earlier deployment of the same model in its environment to return to; nothing was changed</source>
        <translation>el despliegue %1 no tiene un despliegue anterior del mismo modelo en su entorno al que volver; no se cambió nada</translation>
    </message>
    <message>
        <source>updating deployment %1</source>
        <translation>actualizando el despliegue %1</translation>
    </message>
    <message>
        <source>deployment %1 changed while the rollback was being approved; nothing was changed</source>
        <translation>el despliegue %1 cambió mientras se aprobaba la reversión; no se cambió nada</translation>
    </message>
    <message>
        <source>%1 keeps one deployment status per model version (%2.%3), not the deployments each environment ran, so Steward cannot tell which version to return to; change %3 in %1 itself</source>
        <translation>%1 guarda un estado de despliegue por versión del modelo (%2.%3), no los despliegues que ejecutó cada entorno, así que Steward no puede saber a qué versión volver; cambie %3 en el propio %1</translation>
    </message>
    <message>
        <source>this database (%1) keeps no deployments</source>
        <translation>esta base de datos (%1) no guarda despliegues</translation>
    </message>
    <message>
        <source>reading deployment %1</source>
        <translation>leyendo el despliegue %1</translation>
    </message>
    <message>
        <source>deployment %1 is gone; the rollback request cannot be approved</source>
        <translation>el despliegue %1 ya no existe; no se puede aprobar la solicitud de reversión</translation>
    </message>
    <message>
        <source>deployment %1 is %2 now, no longer active; the rollback request cannot be approved</source>
        <translation>el despliegue %1 está %2 ahora, ya no activo; no se puede aprobar la solicitud de reversión</translation>
    </message>
</context>
<context>
    <name>Deployments</name>
    <message>
        <source>reading the deployments</source>
        <translation>leyendo los despliegues</translation>
    </message>
    <message>
        <source>this database (%1) keeps no deployments</source>
        <translation>esta base de datos (%1) no guarda despliegues</translation>
    </message>
</context>
<context>
    <name>DetailHtml</name>
    <message>
        <source>The diff has no before/after form; these are the values it sets.</source>
        <translation>El diff no tiene forma antes/después; estos son los valores que establece.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>(whole value)</source>
        <translation>(valor completo)</translation>
    </message>
    <message numerus="yes">
        <source>Show %n unchanged setting(s)</source>
        <translation>
            <numerusform>Mostrar %n ajuste sin cambios</numerusform>
            <numerusform>Mostrar %n ajustes sin cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>(a state this version of Steward does not know)</source>
        <translation>(un estado que esta versión de Steward no conoce)</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>only this cycle</source>
        <translation>solo este ciclo</translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation>Iteración</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>MAPE</source>
        <translation>MAPE</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Config snapshot</source>
        <translation>Instantánea de configuración</translation>
    </message>
    <message>
        <source> (not valid JSON: shown as stored)</source>
        <translation> (JSON no válido: se muestra tal como está guardado)</translation>
    </message>
    <message>
        <source>Rollback requests</source>
        <translation>Solicitudes de reversión</translation>
    </message>
    <message>
        <source>%1 requested by %2 on %3: “%4”</source>
        <translation>%1 solicitado por %2 el %3: “%4”</translation>
    </message>
    <message>
        <source> — decided by %1 on %2</source>
        <translation> — decidido por %1 el %2</translation>
    </message>
    <message>
        <source>No decisions recorded in Steward yet.</source>
        <translation>Aún no hay decisiones registradas en Steward.</translation>
    </message>
    <message>
        <source> (not valid JSON: %1) ──
%2

</source>
        <translation> (JSON no válido: %1) ──
%2

</translation>
    </message>
</context>
<context>
    <name>DriftSummary</name>
    <message>
        <source>the %1 profile records no drift</source>
        <translation>el perfil %1 no registra deriva</translation>
    </message>
    <message>
        <source>drift status must be detected, warning or normal, not %1</source>
        <translation>el estado de deriva debe ser detected, warning o normal, no %1</translation>
    </message>
    <message>
        <source>reading drift from %1</source>
        <translation>leyendo la deriva de %1</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 min</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>vencida hace %1</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 horas</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
</context>
<context>
    <name>ExperimentResults</name>
    <message>
        <source>results are not valid JSON (%1 at offset %2)</source>
        <translation>los resultados no son JSON válido (%1 en la posición %2)</translation>
    </message>
    <message>
        <source>results list a variant that is not an object (item %1)</source>
        <translation>los resultados listan una variante que no es un objeto (elemento %1)</translation>
    </message>
    <message>
        <source>results name no variants</source>
        <translation>los resultados no nombran ninguna variante</translation>
    </message>
    <message>
        <source>a variant has fewer than %1 samples</source>
        <translation>una variante tiene menos de %1 muestras</translation>
    </message>
    <message>
        <source>%1 is significantly better than the control (p &lt; %2)</source>
        <translation>%1 es significativamente mejor que el control (p &lt; %2)</translation>
    </message>
    <message>
        <source>every significant variant is worse than the control</source>
        <translation>todas las variantes significativas son peores que el control</translation>
    </message>
    <message>
        <source>no variant differs significantly (p &lt; %1)</source>
        <translation>ninguna variante difiere significativamente (p &lt; %1)</translation>
    </message>
</context>
<context>
    <name>ExperimentSummary</name>
    <message>
        <source>reading experiment results from %1</source>
        <translation>leyendo resultados de experimentos de %1</translation>
    </message>
    <message>
        <source>the %1 profile records no experiments</source>
        <translation>el perfil %1 no registra experimentos</translation>
    </message>
    <message>
        <source>reading experiments from %1</source>
        <translation>leyendo experimentos de %1</translation>
    </message>
    <message>
        <source>no results yet</source>
        <translation>aún sin resultados</translation>
    </message>
</context>
<context>
    <name>FeedbackDecisions</name>
    <message>
        <source>recording when the feedback was decided</source>
        <translation>registrando cuándo se decidió el comentario</translation>
    </message>
</context>
<context>
    <name>FeedbackQueue</name>
    <message>
        <source>reading the feedback</source>
        <translation>leyendo los comentarios</translation>
    </message>
    <message>
        <source>%1 rates predictions (%2.%3) without a review workflow: there is no feedback to process or ignore</source>
        <translation>%1 puntúa las predicciones (%2.%3) sin un flujo de revisión: no hay comentarios que procesar ni ignorar</translation>
    </message>
    <message>
        <source>this database (%1) keeps no feedback on predictions</source>
        <translation>esta base de datos (%1) no guarda comentarios sobre las predicciones</translation>
    </message>
</context>
<context>
    <name>ForecastFan</name>
    <message>
        <source>finding the newest forecast of %1</source>
        <translation>buscando la previsión más reciente de %1</translation>
    </message>
    <message>
        <source>client %1 has no forecasts for series %2</source>
        <translation>el cliente %1 no tiene previsiones para la serie %2</translation>
    </message>
    <message>
        <source>this database has no forecast_results table</source>
        <translation>esta base de datos no tiene la tabla forecast_results</translation>
    </message>
    <message>
        <source>listing the series of %1</source>
        <translation>listando las series de %1</translation>
    </message>
    <message>
        <source>client %1 has no forecasts</source>
        <translation>el cliente %1 no tiene previsiones</translation>
    </message>
    <message>
        <source>reading the forecast of %1</source>
        <translation>leyendo la previsión de %1</translation>
    </message>
    <message>
        <source>version %1 made no forecasts for series %2</source>
        <translation>la versión %1 no hizo previsiones para la serie %2</translation>
    </message>
    <message>
        <source>reading the actuals of %1</source>
        <translation>leyendo los valores reales de %1</translation>
    </message>
</context>
<context>
    <name>ForeignTriggers</name>
    <message>
        <source>listing the file&apos;s triggers</source>
        <translation>enumerando los disparadores del archivo</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (en %2)</translation>
    </message>
</context>
<context>
    <name>ImportScan</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 no es una carpeta</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>No se puede leer %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>not a model version folder (no %1, not named by a timestamp id)</source>
        <translation>no es una carpeta de versión de modelo (sin %1, sin nombre de id temporal)</translation>
    </message>
</context>
<context>
    <name>ImprovementCycles</name>
    <message>
        <source>reading the improvement cycles of %1</source>
        <translation>leyendo los ciclos de mejora de %1</translation>
    </message>
    <message>
        <source>client %1 has no improvement cycles</source>
        <translation>el cliente %1 no tiene ciclos de mejora</translation>
    </message>
</context>
<context>
    <name>JobControl</name>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>the password was not saved in the keyring: %1</source>
        <translation>la contraseña no se guardó en el llavero: %1</translation>
    </message>
    <message>
        <source>the password could not be removed from the keyring: %1</source>
        <translation>no se pudo quitar la contraseña del llavero: %1</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>MetadataFile</name>
    <message>
        <source>%1 must be a non-negative whole number</source>
        <translation>%1 debe ser un número entero no negativo</translation>
    </message>
    <message>
        <source>%1.%2 is not a number</source>
        <translation>%1.%2 no es un número</translation>
    </message>
    <message>
        <source>model_version is missing or not a string</source>
        <translation>model_version falta o no es una cadena</translation>
    </message>
    <message>
        <source>model_version is %1 but the folder is named %2</source>
        <translation>model_version es %1 pero la carpeta se llama %2</translation>
    </message>
    <message>
        <source>trained_at &quot;%1&quot; is not an ISO 8601 time</source>
        <translation>trained_at &quot;%1&quot; no es una hora ISO 8601</translation>
    </message>
    <message>
        <source>trained_at is not a string</source>
        <translation>trained_at no es una cadena</translation>
    </message>
    <message>
        <source>features must be a list of names</source>
        <translation>features debe ser una lista de nombres</translation>
    </message>
    <message>
        <source>metrics is missing or not an object</source>
        <translation>metrics falta o no es un objeto</translation>
    </message>
    <message>
        <source>every candidate needs a name</source>
        <translation>cada candidato necesita un nombre</translation>
    </message>
    <message>
        <source>the metrics of candidate %1 are not an object</source>
        <translation>las métricas del candidato %1 no son un objeto</translation>
    </message>
    <message>
        <source>candidates must be a list</source>
        <translation>candidates debe ser una lista</translation>
    </message>
    <message>
        <source>no %1</source>
        <translation>sin %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB</source>
        <translation>%1 ocupa más de 16 MiB</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at offset %3</source>
        <translation>%1 no es JSON válido: %2 en la posición %3</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation>%1 no es un objeto JSON</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>MetricHistory</name>
    <message>
        <source>client %1 has no versions with numeric metrics</source>
        <translation>el cliente %1 no tiene versiones con métricas numéricas</translation>
    </message>
    <message>
        <source>no version of client %1 has the metric %2 (it has: %3)</source>
        <translation>ninguna versión del cliente %1 tiene la métrica %2 (tiene: %3)</translation>
    </message>
    <message>
        <source>the metric name %1 cannot be charted</source>
        <translation>la métrica %1 no se puede graficar</translation>
    </message>
    <message>
        <source>reading %1 of %2</source>
        <translation>leyendo %1 de %2</translation>
    </message>
</context>
<context>
    <name>MetricMoveText</name>
    <message>
        <source>worse</source>
        <translation>peor</translation>
    </message>
    <message>
        <source>better</source>
        <translation>mejor</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>%1 %2 → %3; %4: %5</source>
        <translation>%1 %2 → %3; %4: %5</translation>
    </message>
</context>
<context>
    <name>MetricRules</name>
    <message>
        <source>WMAPE</source>
        <translation>WMAPE</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>Sesgo</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <source>FNR</source>
        <translation>FNR</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>finding the metrics in %1</source>
        <translation>buscando las métricas en %1</translation>
    </message>
</context>
<context>
    <name>ModelRegistry</name>
    <message>
        <source>listing clients</source>
        <translation>listando clientes</translation>
    </message>
    <message>
        <source>reading model versions</source>
        <translation>leyendo versiones de modelo</translation>
    </message>
    <message>
        <source>no model version %1</source>
        <translation>no hay versión de modelo %1</translation>
    </message>
    <message>
        <source>client %1 has no model version %2</source>
        <translation>el cliente %1 no tiene la versión de modelo %2</translation>
    </message>
    <message>
        <source>version %1 exists for clients %2; say which with --client</source>
        <translation>la versión %1 existe para los clientes %2; indique cuál con --client</translation>
    </message>
    <message>
        <source>reading the active version of %1</source>
        <translation>leyendo la versión activa de %1</translation>
    </message>
    <message>
        <source>listing the models of %1</source>
        <translation>listando los modelos de %1</translation>
    </message>
</context>
<context>
    <name>MonitoredModels</name>
    <message>
        <source>reading the model versions of %1</source>
        <translation>leyendo las versiones de modelo de %1</translation>
    </message>
    <message>
        <source>reading model versions</source>
        <translation>leyendo las versiones de modelo</translation>
    </message>
    <message>
        <source>reading the metrics of model versions</source>
        <translation>leyendo las métricas de las versiones de modelo</translation>
    </message>
</context>
<context>
    <name>MonitoringCells</name>
    <message>
        <source>no trend</source>
        <translation>sin tendencia</translation>
    </message>
    <message>
        <source>improving</source>
        <translation>mejorando</translation>
    </message>
    <message>
        <source>declining</source>
        <translation>empeorando</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>estable</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>detectada</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation>%1 (ahora)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>MonitoringChartChoice</name>
    <message>
        <source>This database records no performance figures (read from %1).</source>
        <translation>Esta base de datos no registra cifras de rendimiento (leídas de %1).</translation>
    </message>
    <message>
        <source>This database records no drift scores.</source>
        <translation>Esta base de datos no registra puntuaciones de deriva.</translation>
    </message>
</context>
<context>
    <name>MonitoringCharts</name>
    <message>
        <source>Drift score against threshold</source>
        <translation>Puntuación de deriva frente al umbral</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1
%2 UTC
score %3, threshold %4</source>
        <translation>%1
%2 UTC
puntuación %3, umbral %4</translation>
    </message>
    <message>
        <source>drift score</source>
        <translation>puntuación de deriva</translation>
    </message>
    <message>
        <source>No drift recorded in this period</source>
        <translation>No se registró deriva en este periodo</translation>
    </message>
    <message>
        <source>dashed: thresholds (where the system stores none, %1 is assumed)</source>
        <translation>discontinuas: umbrales (donde el sistema no guarda ninguno, se asume %1)</translation>
    </message>
    <message>
        <source>dashed: thresholds</source>
        <translation>discontinuas: umbrales</translation>
    </message>
    <message>
        <source>%1 more series not drawn</source>
        <translation>%1 series más sin dibujar</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Tiempo (UTC)</translation>
    </message>
    <message>
        <source>%1 over time (%2 is better)</source>
        <translation>%1 a lo largo del tiempo (mejor %2)</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>más bajo</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>más alto</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source> (active)</source>
        <translation> (activa)</translation>
    </message>
    <message>
        <source>%1 baseline</source>
        <translation>referencia %1</translation>
    </message>
    <message>
        <source>%1 threshold</source>
        <translation>umbral %1</translation>
    </message>
    <message>
        <source>%1
%2 UTC
%3 = %4</source>
        <translation>%1
%2 UTC
%3 = %4</translation>
    </message>
    <message>
        <source>%1 — no figures in this period</source>
        <translation>%1 — sin cifras en este periodo</translation>
    </message>
</context>
<context>
    <name>MonitoringFilter</name>
    <message>
        <source>--model takes NAME or NAME:VERSION, not &quot;%1&quot;</source>
        <translation>--model admite NOMBRE o NOMBRE:VERSIÓN, no &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>MonitoringIndexes</name>
    <message>
        <source>looking for %1</source>
        <translation>buscando %1</translation>
    </message>
    <message>
        <source>creating monitoring indexes</source>
        <translation>creando los índices de monitorización</translation>
    </message>
    <message>
        <source>creating an index on a table needs its ownership: %1</source>
        <translation>crear un índice en una tabla requiere ser su propietario: %1</translation>
    </message>
</context>
<context>
    <name>PagedQuery</name>
    <message>
        <source>(hidden)</source>
        <translation>(oculto)</translation>
    </message>
</context>
<context>
    <name>PagedQueryCsv</name>
    <message>
        <source>could not write: %1</source>
        <translation>no se pudo escribir: %1</translation>
    </message>
    <message>
        <source>exporting the rows to CSV</source>
        <translation>exportando las filas a CSV</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>se canceló la exportación</translation>
    </message>
</context>
<context>
    <name>ParameterDiff</name>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n cambiado</numerusform>
            <numerusform>%n cambiados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n añadido</numerusform>
            <numerusform>%n añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n eliminado</numerusform>
            <numerusform>%n eliminados</numerusform>
        </translation>
    </message>
    <message>
        <source>no parameter changes recorded</source>
        <translation>no hay cambios de parámetros registrados</translation>
    </message>
    <message>
        <source>no differences</source>
        <translation>sin diferencias</translation>
    </message>
</context>
<context>
    <name>PartialFile</name>
    <message>
        <source>no output file given</source>
        <translation>no se indicó archivo de salida</translation>
    </message>
    <message>
        <source>%1: the folder does not exist</source>
        <translation>%1: la carpeta no existe</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name</source>
        <translation>%1 es una carpeta; indique un nombre de archivo</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or allow overwriting</source>
        <translation>%1 ya existe; elija otro nombre o permita sobrescribir</translation>
    </message>
    <message>
        <source>the file was already published or discarded</source>
        <translation>el archivo ya se publicó o se descartó</translation>
    </message>
    <message>
        <source>could not flush %1 to disk</source>
        <translation>no se pudo volcar %1 al disco</translation>
    </message>
    <message>
        <source>%1 appeared while the file was written; nothing was replaced</source>
        <translation>%1 apareció mientras se escribía el archivo; no se reemplazó nada</translation>
    </message>
    <message>
        <source>could not move the finished file into place at %1</source>
        <translation>no se pudo mover el archivo terminado a %1</translation>
    </message>
</context>
<context>
    <name>PerformanceRows</name>
    <message>
        <source>looking for %1</source>
        <translation>buscando %1</translation>
    </message>
    <message>
        <source>reading the metrics of %1</source>
        <translation>leyendo las métricas de %1</translation>
    </message>
</context>
<context>
    <name>PerformanceSeries</name>
    <message>
        <source>this %1 database has no performance figures</source>
        <translation>esta base de datos de %1 no tiene cifras de rendimiento</translation>
    </message>
    <message>
        <source>no performance figures for metric %1 (there are: %2)</source>
        <translation>no hay cifras de rendimiento para la métrica %1 (hay: %2)</translation>
    </message>
    <message>
        <source>reading %1 over time</source>
        <translation>leyendo %1 a lo largo del tiempo</translation>
    </message>
</context>
<context>
    <name>PerformanceSummary</name>
    <message>
        <source>this database has no forecast_actuals table to measure forecasts against</source>
        <translation>esta base de datos no tiene tabla forecast_actuals con la que medir las previsiones</translation>
    </message>
    <message>
        <source>the %1 profile has no performance entity</source>
        <translation>el perfil %1 no tiene entidad de rendimiento</translation>
    </message>
    <message>
        <source>summarising performance from %1</source>
        <translation>resumiendo el rendimiento de %1</translation>
    </message>
</context>
<context>
    <name>PgConsole</name>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation>%1: no se puede conectar: %2</translation>
    </message>
    <message>
        <source>The statement was cancelled.</source>
        <translation>La sentencia se canceló.</translation>
    </message>
    <message>
        <source>The statement did not finish within %1 s and was stopped.</source>
        <translation>La sentencia no terminó en %1 s y se detuvo.</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Rechazado por el servidor: %1</translation>
    </message>
    <message>
        <source>Refused by the server: %1; the console only reads.</source>
        <translation>Rechazado por el servidor: %1; la consola solo lee.</translation>
    </message>
    <message>
        <source>Refused by the server: %1. The console runs one query (SELECT, WITH … SELECT, VALUES, TABLE).</source>
        <translation>Rechazado por el servidor: %1. La consola ejecuta una consulta (SELECT, WITH … SELECT, VALUES, TABLE).</translation>
    </message>
    <message>
        <source>%1: lost the connection to %2 (%3)</source>
        <translation>%1: se perdió la conexión con %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>setting the time limit</source>
        <translation>fijando el límite de tiempo</translation>
    </message>
    <message>
        <source>setting the time zone</source>
        <translation>fijando la zona horaria</translation>
    </message>
    <message>
        <source>starting a read-only transaction</source>
        <translation>iniciando una transacción de solo lectura</translation>
    </message>
    <message>
        <source>taking the console role</source>
        <translation>tomando el rol de la consola</translation>
    </message>
    <message>
        <source>this login</source>
        <translation>este usuario</translation>
    </message>
    <message>
        <source>The console runs statements as the role %1, which %2 cannot take (%3). An administrator (a login that may create roles) runs steward-cli init on this database and grants it: GRANT %1 TO %2;</source>
        <translation>La consola ejecuta las sentencias con el rol %1, que %2 no puede tomar (%3). Un administrador (un usuario que pueda crear roles) ejecuta steward-cli init en esta base de datos y lo concede: GRANT %1 TO %2;</translation>
    </message>
    <message>
        <source>The SQL console is not set up on this database: an administrator (a login that may create roles) runs steward-cli init</source>
        <translation>La consola SQL no está preparada en esta base de datos: un administrador (un usuario que pueda crear roles) ejecuta steward-cli init</translation>
    </message>
    <message>
        <source>preparing the statement</source>
        <translation>preparando la sentencia</translation>
    </message>
    <message>
        <source>describing the statement</source>
        <translation>describiendo la sentencia</translation>
    </message>
    <message>
        <source>Refused: the statement returns no rows to show; the console runs queries.</source>
        <translation>Rechazado: la sentencia no devuelve filas que mostrar; la consola ejecuta consultas.</translation>
    </message>
    <message>
        <source>running the statement</source>
        <translation>ejecutando la sentencia</translation>
    </message>
    <message>
        <source>ending the transaction</source>
        <translation>terminando la transacción</translation>
    </message>
</context>
<context>
    <name>PolicyQuery</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>%1%2: %3</source>
        <translation>%1%2: %3</translation>
    </message>
    <message>
        <source>%1%2: %3%4</source>
        <translation>%1%2: %3%4</translation>
    </message>
    <message>
        <source>counting the violations of %1</source>
        <translation>contando las infracciones de %1</translation>
    </message>
    <message>
        <source>reading policies</source>
        <translation>leyendo políticas</translation>
    </message>
    <message>
        <source>counting violations per policy</source>
        <translation>contando infracciones por política</translation>
    </message>
    <message>
        <source>reading policy %1</source>
        <translation>leyendo la política %1</translation>
    </message>
    <message>
        <source>no policy with id or name %1</source>
        <translation>no hay política con id o nombre %1</translation>
    </message>
    <message>
        <source>%1 is the start of more than one policy id; give more of it</source>
        <translation>%1 es el comienzo de más de un id de política; indique más caracteres</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>⚠ invalid JSON (%1): %2</source>
        <translation>⚠ JSON no válido (%1): %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
</context>
<context>
    <name>PredictionDays</name>
    <message>
        <source>reading the daily prediction rollup</source>
        <translation>leyendo el resumen diario de predicciones</translation>
    </message>
</context>
<context>
    <name>PredictionRanges</name>
    <message>
        <source>checking the values of %1</source>
        <translation>comprobando los valores de %1</translation>
    </message>
    <message>
        <source>estimating the period&apos;s share of %1</source>
        <translation>estimando la parte del periodo en %1</translation>
    </message>
</context>
<context>
    <name>PredictionSummary</name>
    <message>
        <source>the %1 profile has no prediction log</source>
        <translation>el perfil %1 no tiene registro de predicciones</translation>
    </message>
    <message>
        <source>summarising predictions from %1</source>
        <translation>resumiendo las predicciones de %1</translation>
    </message>
</context>
<context>
    <name>ProfileFormat</name>
    <message>
        <source>profile %1: %2</source>
        <translation>perfil %1: %2</translation>
    </message>
    <message>
        <source>%1 must be an object of strings</source>
        <translation>%1 debe ser un objeto de cadenas</translation>
    </message>
    <message>
        <source>%1.%2 must be a non-empty string</source>
        <translation>%1.%2 debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>%1: unknown entity (known: %2)</source>
        <translation>%1: entidad desconocida (conocidas: %2)</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 debe ser un objeto</translation>
    </message>
    <message>
        <source>%1.table must name a table</source>
        <translation>%1.table debe nombrar una tabla</translation>
    </message>
    <message>
        <source>%1.fields must name the id column</source>
        <translation>%1.fields debe nombrar la columna id</translation>
    </message>
    <message>
        <source>%1.required must be a list of fields</source>
        <translation>%1.required debe ser una lista de campos</translation>
    </message>
    <message>
        <source>%1.required names %2, which fields does not map</source>
        <translation>%1.required nombra %2, que fields no asigna</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON no válido en el byte %1: %2</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;%1&quot;</source>
        <translation>&quot;format&quot; debe ser &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a short lower-case word (a-z, 0-9, _ and -)</source>
        <translation>&quot;name&quot; debe ser una palabra corta en minúsculas (a-z, 0-9, _ y -)</translation>
    </message>
    <message>
        <source>&quot;entities&quot; must map at least one entity</source>
        <translation>&quot;entities&quot; debe asignar al menos una entidad</translation>
    </message>
    <message>
        <source>cannot read profile %1: %2</source>
        <translation>no se puede leer el perfil %1: %2</translation>
    </message>
    <message>
        <source>larger than 1 MiB; a profile is a short JSON file</source>
        <translation>mayor de 1 MiB; un perfil es un archivo JSON corto</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>charts are saved as .png or .svg, not .%1</source>
        <translation>los gráficos se guardan como .png o .svg, no .%1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot encode %1</source>
        <translation>no se puede codificar %1</translation>
    </message>
    <message>
        <source>A comment is required</source>
        <translation>Se requiere un comentario</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>RegistryCharts</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>order level</source>
        <translation>nivel de pedido</translation>
    </message>
    <message>
        <source>SKU level</source>
        <translation>Nivel SKU</translation>
    </message>
    <message>
        <source>Fold %1 of version %2</source>
        <translation>Pliegue %1 de la versión %2</translation>
    </message>
    <message>
        <source>%1: %2 = %3</source>
        <translation>%1: %2 = %3</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>sin valor</translation>
    </message>
    <message>
        <source>train %1</source>
        <translation>entrenamiento %1</translation>
    </message>
    <message>
        <source>test %1</source>
        <translation>prueba %1</translation>
    </message>
    <message>
        <source>Walk-forward backtest of %1 — %2, %3 per fold</source>
        <translation>Backtest walk-forward de %1 — %2, %3 por pliegue</translation>
    </message>
    <message>
        <source>Fold %1&lt;br&gt;test %2</source>
        <translation>Pliegue %1&lt;br&gt;prueba %2</translation>
    </message>
    <message>
        <source>Fold %1</source>
        <translation>Pliegue %1</translation>
    </message>
    <message>
        <source>Fold (start of its test window)</source>
        <translation>Pliegue (inicio de su ventana de prueba)</translation>
    </message>
    <message>
        <source>version %1 has no backtest folds</source>
        <translation>la versión %1 no tiene pliegues de backtest</translation>
    </message>
    <message>
        <source>Cycle %1 (%2)</source>
        <translation>Ciclo %1 (%2)</translation>
    </message>
    <message>
        <source>state %1</source>
        <translation>estado %1</translation>
    </message>
    <message>
        <source> (not one of the eight states Steward knows)</source>
        <translation> (no es uno de los ocho estados que Steward conoce)</translation>
    </message>
    <message>
        <source>, iteration %1%2</source>
        <translation>, iteración %1%2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>MAPE before %1, after %2</source>
        <translation>MAPE antes %1, después %2</translation>
    </message>
    <message>
        <source> (%1%)</source>
        <translation> (%1 %)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>MAPE before</source>
        <translation>MAPE antes</translation>
    </message>
    <message>
        <source>MAPE (lower is better)</source>
        <translation>MAPE (cuanto más bajo, mejor)</translation>
    </message>
    <message>
        <source>Where each cycle is — the latest %1 of %2</source>
        <translation>Dónde está cada ciclo — los %1 más recientes de %2</translation>
    </message>
    <message>
        <source>Where each cycle is</source>
        <translation>Dónde está cada ciclo</translation>
    </message>
    <message>
        <source>Cycle %1</source>
        <translation>Ciclo %1</translation>
    </message>
    <message>
        <source>Cycle %1 ⚠</source>
        <translation>Ciclo %1 ⚠</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>predicted %1</source>
        <translation>prevista %1</translation>
    </message>
    <message>
        <source>P10 %1 – P90 %2</source>
        <translation>P10 %1 – P90 %2</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>event tier %1</source>
        <translation>evento de nivel %1</translation>
    </message>
    <message>
        <source>actual %1</source>
        <translation>real %1</translation>
    </message>
    <message>
        <source>Forecast for %1 — version %2</source>
        <translation>Previsión de %1 — versión %2</translation>
    </message>
    <message>
        <source>P10–P90</source>
        <translation>P10–P90</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>prevista</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>real</translation>
    </message>
    <message>
        <source>Forecast date</source>
        <translation>Fecha de previsión</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>no table of actuals in this database: only the forecast is shown</source>
        <translation>esta base de datos no tiene tabla de valores reales: solo se muestra la previsión</translation>
    </message>
    <message>
        <source>no actual quantities recorded for these dates yet</source>
        <translation>aún no hay cantidades reales registradas para estas fechas</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>cuanto más bajo, mejor</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>cuanto más alto, mejor</translation>
    </message>
    <message>
        <source>closer to zero is better</source>
        <translation>cuanto más cerca de cero, mejor</translation>
    </message>
    <message>
        <source>%1 across versions — %2</source>
        <translation>%1 a lo largo de las versiones — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>active version</source>
        <translation>versión activa</translation>
    </message>
    <message>
        <source>selected version</source>
        <translation>versión seleccionada</translation>
    </message>
    <message>
        <source>Trained (UTC)</source>
        <translation>Entrenada (UTC)</translation>
    </message>
    <message>
        <source>%1 — no version of %2 has this metric</source>
        <translation>%1 — ninguna versión de %2 tiene esta métrica</translation>
    </message>
    <message>
        <source>Version %1
Trained %2 UTC
%3 = %4</source>
        <translation>Versión %1
Entrenada %2 UTC
%3 = %4</translation>
    </message>
    <message>
        <source>
active version</source>
        <translation>
versión activa</translation>
    </message>
    <message>
        <source>%1 versions drawn from %2 points (min/max per pixel column); tooltips give every version&apos;s true value</source>
        <translation>%1 versiones dibujadas a partir de %2 puntos (mín./máx. por columna de píxeles); la información emergente da el valor real de cada versión</translation>
    </message>
    <message>
        <source>%1 version(s) without %2 are not shown</source>
        <translation>No se muestran %1 versiones sin %2</translation>
    </message>
    <message>
        <source>Improvement cycles of %1 — MAPE before and after each, the latest %2 of %3</source>
        <translation>Ciclos de mejora de %1 — MAPE antes y después de cada uno, los %2 más recientes de %3</translation>
    </message>
    <message>
        <source>Improvement cycles of %1 — MAPE before and after each</source>
        <translation>Ciclos de mejora de %1 — MAPE antes y después de cada uno</translation>
    </message>
    <message>
        <source>MAPE after: better</source>
        <translation>MAPE después: mejor</translation>
    </message>
    <message>
        <source>MAPE after: not better</source>
        <translation>MAPE después: no mejor</translation>
    </message>
    <message>
        <source>MAPE after (no value before)</source>
        <translation>MAPE después (sin valor antes)</translation>
    </message>
    <message>
        <source>Cycle, in the order they ran (ids as in Suggestions)</source>
        <translation>Ciclo, en el orden en que se ejecutaron (identificadores como en Sugerencias)</translation>
    </message>
    <message>
        <source>forecast origin</source>
        <translation>origen del pronóstico</translation>
    </message>
    <message>
        <source>Forecast date (%1)</source>
        <translation>Fecha del pronóstico (%1)</translation>
    </message>
</context>
<context>
    <name>RegistryImport</name>
    <message>
        <source>looking up %1</source>
        <translation>consultando %1</translation>
    </message>
    <message>
        <source>looking up earlier imports of %1</source>
        <translation>consultando importaciones anteriores de %1</translation>
    </message>
    <message>
        <source>registering %1</source>
        <translation>registrando %1</translation>
    </message>
    <message>
        <source>replacing the import record of %1</source>
        <translation>reemplazando el registro de importación de %1</translation>
    </message>
    <message>
        <source>recording the import of %1</source>
        <translation>registrando la importación de %1</translation>
    </message>
    <message>
        <source>client %1 already has version %2 with other metrics or counts; it was not overwritten</source>
        <translation>el cliente %1 ya tiene la versión %2 con otras métricas o recuentos; no se sobrescribió</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>ya importada</translation>
    </message>
    <message>
        <source>already registered; its metadata.json details were recorded</source>
        <translation>ya registrada; se guardaron los detalles de su metadata.json</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importada</translation>
    </message>
    <message>
        <source>metadata.json belongs to client %1, not %2</source>
        <translation>metadata.json pertenece al cliente %1, no a %2</translation>
    </message>
    <message>
        <source>no client: metadata.json names none; choose the client (--client), or put the version folders in a folder named after the client</source>
        <translation>sin cliente: metadata.json no nombra ninguno; elija el cliente (--client) o ponga las carpetas de versión en una carpeta con el nombre del cliente</translation>
    </message>
    <message>
        <source>the same version as %1</source>
        <translation>la misma versión que %1</translation>
    </message>
    <message>
        <source>cancelled; nothing was imported</source>
        <translation>cancelado; no se importó nada</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Violations detected in the period, by severity and status</source>
        <translation>Infracciones detectadas en el periodo, por gravedad y estado</translation>
    </message>
    <message>
        <source>violations</source>
        <translation>infracciones</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>Violations detected and closed per %1</source>
        <translation>Infracciones detectadas y cerradas por %1</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detectada</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Falso positivo</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>Compliance report</source>
        <translation>Informe de cumplimiento</translation>
    </message>
    <message>
        <source>Governance violations, their handling, and every decision recorded in Steward</source>
        <translation>Infracciones de gobernanza, su tratamiento y cada decisión registrada en Steward</translation>
    </message>
    <message>
        <source>%1 %2 d</source>
        <translation>%1 %2 d</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>%1 UTC by %2</source>
        <translation>%1 UTC por %2</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <source>resolved in the period</source>
        <translation>resueltas en el periodo</translation>
    </message>
    <message>
        <source>mean time to resolve</source>
        <translation>tiempo medio de resolución</translation>
    </message>
    <message>
        <source>This database has no Steward tables, so there is no audit trail to verify and no decisions to list.</source>
        <translation>Esta base de datos no tiene tablas de Steward, así que no hay registro de auditoría que verificar ni decisiones que listar.</translation>
    </message>
    <message>
        <source>Audit chain intact: %1 records verified; newest hash %2.</source>
        <translation>Cadena de auditoría intacta: %1 registros verificados; hash más reciente %2.</translation>
    </message>
    <message>
        <source>Audit chain BROKEN at record %1: %2</source>
        <translation>Cadena de auditoría ROTA en el registro %1: %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No violations were detected in the period.</source>
        <translation>No se detectaron infracciones en el periodo.</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Infracción</translation>
    </message>
    <message>
        <source>Model version</source>
        <translation>Versión del modelo</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Detected (UTC)</source>
        <translation>Detectada (UTC)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <source>… and %1 more (a CSV export lists them all).</source>
        <translation>… y %1 más (la exportación CSV los lista todos).</translation>
    </message>
    <message>
        <source>Mean time to resolve</source>
        <translation>Tiempo medio de resolución</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1 violations were closed as false positives in the period; they are not part of the mean.</source>
        <translation>%1 infracciones se cerraron como falsos positivos en el periodo; no entran en la media.</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No decisions were recorded in the period.</source>
        <translation>No se registraron decisiones en el periodo.</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>a %1</translation>
    </message>
    <message>
        <source>Comments made in the period (not listed): %1.</source>
        <translation>Comentarios del periodo (no listados): %1.</translation>
    </message>
    <message>
        <source>%1 – %2 (UTC)</source>
        <translation>%1 – %2 (UTC)</translation>
    </message>
    <message>
        <source>Compliance report %1</source>
        <translation>Informe de cumplimiento %1</translation>
    </message>
    <message>
        <source>Violations detected in the period, counted by their status now. Severities and statuses a newer monitor used are shown as they were written.</source>
        <translation>Infracciones detectadas en el periodo, contadas por su estado actual. Las gravedades y estados de un monitor más nuevo se muestran tal como se escribieron.</translation>
    </message>
    <message>
        <source>No critical violation is open.</source>
        <translation>No hay ninguna infracción crítica abierta.</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>No hay nada vencido.</translation>
    </message>
    <message>
        <source>Decisions in the period</source>
        <translation>Decisiones del periodo</translation>
    </message>
    <message>
        <source>Audit chain verification</source>
        <translation>Verificación de la cadena de auditoría</translation>
    </message>
    <message>
        <source>Every decision is a record in an append-only SHA-256 hash chain; each record&apos;s hash covers its content and the previous record&apos;s hash. Newest hash: %1</source>
        <translation>Cada decisión es un registro de una cadena de hashes SHA-256 de solo anexado; el hash de cada registro cubre su contenido y el hash del registro anterior. Hash más reciente: %1</translation>
    </message>
    <message>
        <source>State as of</source>
        <translation>Estado a fecha de</translation>
    </message>
    <message>
        <source>%1 UTC (when the snapshot was taken)</source>
        <translation>%1 UTC (cuando se tomó la instantánea)</translation>
    </message>
    <message>
        <source>in the period</source>
        <translation>en el período</translation>
    </message>
    <message>
        <source>at any date, still open</source>
        <translation>de cualquier fecha, aún abiertas</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>detectada</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>críticas</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>vencidas</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resueltas</translation>
    </message>
    <message>
        <source>mean time to resolve ⚠ over a deadline</source>
        <translation>tiempo medio de resolución ⚠ supera un plazo</translation>
    </message>
    <message>
        <source>Over the deadline — %1: violations resolved in the period took %2 on average; the deadline is %3 d.</source>
        <translation>Plazo superado — %1: las infracciones resueltas en el período tardaron %2 de media; el plazo es de %3 d.</translation>
    </message>
    <message>
        <source>Violations detected in the period, by severity and status</source>
        <translation>Infracciones detectadas en el periodo, por gravedad y estado</translation>
    </message>
    <message>
        <source>Detected and closed over time, in the period</source>
        <translation>Detectadas y cerradas a lo largo del tiempo, en el período</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>sin plazo</translation>
    </message>
    <message>
        <source>over the deadline by %1</source>
        <translation>supera el plazo en %1</translation>
    </message>
    <message>
        <source>within the deadline</source>
        <translation>dentro del plazo</translation>
    </message>
    <message>
        <source>Open critical violations, detected at any date (%1)</source>
        <translation>Infracciones críticas abiertas, detectadas en cualquier fecha (%1)</translation>
    </message>
    <message>
        <source>Every critical violation not yet resolved or marked false positive as of %1 UTC, whenever it was detected — not only those of the period.</source>
        <translation>Todas las infracciones críticas aún no resueltas ni marcadas como falso positivo a %1 UTC, se detectaran cuando se detectaran — no solo las del período.</translation>
    </message>
    <message>
        <source>Overdue items, detected at any date (%1)</source>
        <translation>Elementos vencidos, detectados en cualquier fecha (%1)</translation>
    </message>
    <message>
        <source>Every violation past its deadline (counted from detection) and not closed as of %1 UTC, whenever it was detected — not only those of the period.</source>
        <translation>Todas las infracciones con el plazo vencido (contado desde la detección) y sin cerrar a %1 UTC, se detectaran cuando se detectaran — no solo las del período.</translation>
    </message>
    <message>
        <source>Time to resolve, violations resolved in the period</source>
        <translation>Tiempo de resolución, infracciones resueltas en el período</translation>
    </message>
    <message>
        <source>From detection to resolution, for the violations resolved in the period (whenever they were detected), against each severity&apos;s deadline.</source>
        <translation>De la detección a la resolución, para las infracciones resueltas en el período (se detectaran cuando se detectaran), frente al plazo de cada gravedad.</translation>
    </message>
    <message>
        <source>Resolved in the period</source>
        <translation>Resueltas en el período</translation>
    </message>
    <message>
        <source>Against the deadline</source>
        <translation>Frente al plazo</translation>
    </message>
</context>
<context>
    <name>ReportMonitoring</name>
    <message>
        <source>Declining performance (%1)</source>
        <translation>Rendimiento a la baja (%1)</translation>
    </message>
    <message>
        <source>This system records no performance figures.</source>
        <translation>Este sistema no registra cifras de rendimiento.</translation>
    </message>
    <message>
        <source>No model&apos;s performance declined over the period.</source>
        <translation>El rendimiento de ningún modelo bajó en el periodo.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Primero</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Change against the mean</source>
        <translation>Cambio respecto a la media</translation>
    </message>
    <message>
        <source>Drift detected (%1)</source>
        <translation>Deriva detectada (%1)</translation>
    </message>
    <message>
        <source>This system records no drift scores.</source>
        <translation>Este sistema no registra puntuaciones de deriva.</translation>
    </message>
    <message>
        <source>No drift was detected in the period.</source>
        <translation>No se detectó deriva en el periodo.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Medido</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Más reciente</translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>Se listan los primeros %1.</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitorización</translation>
    </message>
    <message>
        <source>No deployment records: this system keeps none.</source>
        <translation>Sin registros de despliegue: este sistema no los guarda.</translation>
    </message>
    <message>
        <source>No feedback queue: this system keeps none.</source>
        <translation>Sin cola de comentarios: este sistema no la guarda.</translation>
    </message>
    <message>
        <source>Deployments rolled back (%1, at any date)</source>
        <translation>Despliegues revertidos (%1, en cualquier fecha)</translation>
    </message>
    <message>
        <source>No deployment has been rolled back.</source>
        <translation>No se ha revertido ningún despliegue.</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Despliegue</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Desplegado</translation>
    </message>
    <message>
        <source>Feedback left pending (%1, at any date)</source>
        <translation>Comentarios pendientes (%1, en cualquier fecha)</translation>
    </message>
    <message>
        <source>No feedback is waiting for a decision.</source>
        <translation>Ningún comentario espera una decisión.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>The oldest 50 are listed.</source>
        <translation>Se listan los 50 más antiguos.</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Steward compliance report · %1 · %2</source>
        <translation>Informe de cumplimiento de Steward · %1 · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Compliance report %1</source>
        <translation>Informe de cumplimiento %1</translation>
    </message>
    <message>
        <source>Laying out the report</source>
        <translation>Maquetando el informe</translation>
    </message>
    <message>
        <source>the report was cancelled</source>
        <translation>se canceló el informe</translation>
    </message>
    <message>
        <source>cannot start the PDF %1</source>
        <translation>no se puede iniciar el PDF %1</translation>
    </message>
    <message>
        <source>Writing page %1 of %2</source>
        <translation>Escribiendo la página %1 de %2</translation>
    </message>
    <message>
        <source>a report is written as .pdf, .html or .csv, not %1</source>
        <translation>un informe se escribe como .pdf, .html o .csv, no %1</translation>
    </message>
    <message>
        <source>unknown report format</source>
        <translation>formato de informe desconocido</translation>
    </message>
    <message>
        <source>cannot encode the chart %1</source>
        <translation>no se puede codificar el gráfico %1</translation>
    </message>
</context>
<context>
    <name>ReviewFormat</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>better</source>
        <translation>mejor</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>peor</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>no rule for this metric, so it is not judged</source>
        <translation>no hay regla para esta métrica, así que no se valora</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>approving or rejecting suggestions</source>
        <translation>aprobar o rechazar sugerencias</translation>
    </message>
    <message>
        <source>requesting a rollback</source>
        <translation>solicitar una reversión</translation>
    </message>
    <message>
        <source>approving or denying rollback requests</source>
        <translation>aprobar o denegar solicitudes de reversión</translation>
    </message>
    <message>
        <source>working on violations</source>
        <translation>trabajar en infracciones</translation>
    </message>
    <message>
        <source>reopening a closed violation</source>
        <translation>reabrir una infracción cerrada</translation>
    </message>
    <message>
        <source>closing a critical violation</source>
        <translation>cerrar una infracción crítica</translation>
    </message>
    <message>
        <source>importing model versions</source>
        <translation>importar versiones de modelo</translation>
    </message>
    <message>
        <source>changing shared settings</source>
        <translation>cambiar ajustes compartidos</translation>
    </message>
    <message>
        <source>granting and revoking roles</source>
        <translation>conceder y revocar roles</translation>
    </message>
    <message>
        <source>processing or ignoring feedback</source>
        <translation>procesar o ignorar comentarios</translation>
    </message>
    <message>
        <source>%1 is %2; approving or rejecting suggestions needs the %3 role</source>
        <translation>%1 es %2; aprobar o rechazar sugerencias requiere el rol %3</translation>
    </message>
    <message>
        <source>%1 is %2; requesting a rollback needs the %3 role</source>
        <translation>%1 es %2; solicitar una reversión requiere el rol %3</translation>
    </message>
    <message>
        <source>%1 is %2; approving or denying rollback requests needs the %3 role</source>
        <translation>%1 es %2; aprobar o denegar solicitudes de reversión requiere el rol %3</translation>
    </message>
    <message>
        <source>%1 is %2; working on violations needs the %3 role</source>
        <translation>%1 es %2; trabajar en infracciones requiere el rol %3</translation>
    </message>
    <message>
        <source>%1 is %2; reopening a closed violation needs the %3 role</source>
        <translation>%1 es %2; reabrir una infracción cerrada requiere el rol %3</translation>
    </message>
    <message>
        <source>%1 is %2; closing a critical violation needs the %3 role</source>
        <translation>%1 es %2; cerrar una infracción crítica requiere el rol %3</translation>
    </message>
    <message>
        <source>%1 is %2; importing model versions needs the %3 role</source>
        <translation>%1 es %2; importar versiones de modelo requiere el rol %3</translation>
    </message>
    <message>
        <source>%1 is %2; changing shared settings needs the %3 role</source>
        <translation>%1 es %2; cambiar la configuración compartida requiere el rol %3</translation>
    </message>
    <message>
        <source>%1 is %2; granting and revoking roles needs the %3 role</source>
        <translation>%1 es %2; otorgar y revocar roles requiere el rol %3</translation>
    </message>
    <message>
        <source>%1 is %2; processing or ignoring feedback needs the %3 role</source>
        <translation>%1 es %2; procesar o ignorar comentarios requiere el rol %3</translation>
    </message>
</context>
<context>
    <name>RoleRepository</name>
    <message>
        <source>reading the role of %1</source>
        <translation>leyendo el rol de %1</translation>
    </message>
    <message>
        <source>listing roles</source>
        <translation>listando roles</translation>
    </message>
    <message>
        <source>grant needs a user name</source>
        <translation>conceder necesita un nombre de usuario</translation>
    </message>
    <message>
        <source>replacing the role of %1</source>
        <translation>reemplazando el rol de %1</translation>
    </message>
    <message>
        <source>granting %1 to %2</source>
        <translation>concediendo %1 a %2</translation>
    </message>
    <message>
        <source>counting admins</source>
        <translation>contando admins</translation>
    </message>
    <message>
        <source>%1 is the last admin; grant admin to someone else first</source>
        <translation>%1 es el último admin; conceda admin a otra persona primero</translation>
    </message>
    <message>
        <source>revoking the role of %1</source>
        <translation>revocando el rol de %1</translation>
    </message>
    <message>
        <source>%1 has no granted role</source>
        <translation>%1 no tiene ningún rol asignado</translation>
    </message>
    <message>
        <source>%1 is %2, not %3; nothing was revoked</source>
        <translation>%1 es %2, no %3; no se revocó nada</translation>
    </message>
    <message>
        <source>client scopes need a PostgreSQL server that enforces the roles (run `steward-cli init` as the database owner)</source>
        <translation>los ámbitos de clientes necesitan un servidor PostgreSQL que haga cumplir los roles (ejecute `steward-cli init` como propietario de la base de datos)</translation>
    </message>
</context>
<context>
    <name>RollbackRequests</name>
    <message>
        <source>rolling back suggestion %1</source>
        <translation>revirtiendo la sugerencia %1</translation>
    </message>
    <message>
        <source>suggestion %1 is no longer applied; the rollback request cannot be approved</source>
        <translation>la sugerencia %1 ya no está aplicada; la solicitud de reversión no puede aprobarse</translation>
    </message>
    <message>
        <source>reading the active version</source>
        <translation>leyendo la versión activa</translation>
    </message>
    <message>
        <source>replacing the active version</source>
        <translation>reemplazando la versión activa</translation>
    </message>
    <message>
        <source>activating version %1</source>
        <translation>activando la versión %1</translation>
    </message>
    <message>
        <source>rollback request %1 targets a %2, which this version of Steward cannot roll back</source>
        <translation>la solicitud de reversión %1 apunta a un %2, que esta versión de Steward no puede revertir</translation>
    </message>
    <message>
        <source>%1 requested this rollback and cannot decide it; another manager must</source>
        <translation>%1 solicitó esta reversión y no puede decidirla; debe hacerlo otro responsable</translation>
    </message>
    <message>
        <source>looking for open rollback requests</source>
        <translation>buscando solicitudes de reversión abiertas</translation>
    </message>
    <message>
        <source>a rollback of %1 %2 was already requested by %3 (request %4) and awaits a manager</source>
        <translation>%3 ya solicitó revertir %1 %2 (solicitud %4) y está pendiente de un responsable</translation>
    </message>
    <message>
        <source>filing the rollback request</source>
        <translation>registrando la solicitud de reversión</translation>
    </message>
    <message>
        <source>a rollback request needs a reason</source>
        <translation>una solicitud de reversión necesita un motivo</translation>
    </message>
    <message>
        <source>a model rollback needs the client (--client)</source>
        <translation>una reversión de modelo necesita el cliente (--client)</translation>
    </message>
    <message>
        <source>looking up model version %1</source>
        <translation>consultando la versión de modelo %1</translation>
    </message>
    <message>
        <source>client %1 has no model version %2</source>
        <translation>el cliente %1 no tiene la versión de modelo %2</translation>
    </message>
    <message>
        <source>%1 is already the active version of %2</source>
        <translation>%1 ya es la versión activa de %2</translation>
    </message>
    <message>
        <source>listing rollback requests</source>
        <translation>listando solicitudes de reversión</translation>
    </message>
    <message>
        <source>reading rollback request %1</source>
        <translation>leyendo la solicitud de reversión %1</translation>
    </message>
    <message>
        <source>no rollback request with id %1</source>
        <translation>no hay solicitud de reversión con id %1</translation>
    </message>
    <message>
        <source>recording the decision on rollback request %1</source>
        <translation>registrando la decisión sobre la solicitud de reversión %1</translation>
    </message>
</context>
<context>
    <name>RollupMarks</name>
    <message>
        <source>reading a daily rollup</source>
        <translation>leyendo un resumen diario</translation>
    </message>
    <message>
        <source>recording how far a daily rollup goes</source>
        <translation>registrando hasta dónde llega un resumen diario</translation>
    </message>
</context>
<context>
    <name>SchemaCatalog</name>
    <message>
        <source>listing tables</source>
        <translation>listando tablas</translation>
    </message>
    <message>
        <source>counting rows of %1</source>
        <translation>contando filas de %1</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>leyendo %1</translation>
    </message>
    <message>
        <source>%1 may not read the %2 table (the database login lacks the SELECT privilege)</source>
        <translation>%1 no puede leer la tabla %2 (el inicio de sesión de la base de datos no tiene el privilegio SELECT)</translation>
    </message>
</context>
<context>
    <name>ScopeWords</name>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Empresa:</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>Todas las empresas</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation>Restaurante</translation>
    </message>
    <message>
        <source>Restaurant:</source>
        <translation>Restaurante:</translation>
    </message>
    <message>
        <source>All restaurants</source>
        <translation>Todos los restaurantes</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Todos los modelos</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>looking for %1</source>
        <translation>buscando %1</translation>
    </message>
    <message>
        <source>reading the newest row of %1</source>
        <translation>leyendo la fila más reciente de %1</translation>
    </message>
    <message>
        <source>recording the search index of %1</source>
        <translation>registrando el índice de búsqueda de %1</translation>
    </message>
    <message>
        <source>creating the pg_trgm extension needs the CREATE privilege on the database (its owner has it): %1</source>
        <translation>crear la extensión pg_trgm requiere el privilegio CREATE sobre la base de datos (lo tiene su propietario): %1</translation>
    </message>
    <message>
        <source>creating search indexes</source>
        <translation>creando los índices de búsqueda</translation>
    </message>
    <message>
        <source>the search index is built inside a transaction on SQLite only</source>
        <translation>el índice de búsqueda solo se construye dentro de una transacción en SQLite</translation>
    </message>
    <message>
        <source>looking for the search index of %1</source>
        <translation>buscando el índice de búsqueda de %1</translation>
    </message>
    <message>
        <source>reading the search index of %1</source>
        <translation>leyendo el índice de búsqueda de %1</translation>
    </message>
    <message>
        <source>indexing new rows of %1</source>
        <translation>indexando las filas nuevas de %1</translation>
    </message>
    <message>
        <source>searching %1</source>
        <translation>buscando en %1</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>writing the workflow table for the server</source>
        <translation>escribiendo la tabla del flujo de trabajo para el servidor</translation>
    </message>
    <message>
        <source>looking for Steward&apos;s server functions</source>
        <translation>buscando las funciones de servidor de Steward</translation>
    </message>
    <message>
        <source>checking who owns Steward&apos;s tables</source>
        <translation>comprobando quién es propietario de las tablas de Steward</translation>
    </message>
    <message>
        <source>reading the role of %1</source>
        <translation>leyendo el rol de %1</translation>
    </message>
    <message>
        <source>reading the clients of %1</source>
        <translation>leyendo los clientes de %1</translation>
    </message>
    <message>
        <source>deciding on %1</source>
        <translation>decidiendo sobre %1</translation>
    </message>
    <message>
        <source>granting %1 to %2</source>
        <translation>concediendo %1 a %2</translation>
    </message>
    <message>
        <source>revoking the role of %1</source>
        <translation>revocando el rol de %1</translation>
    </message>
    <message>
        <source>saving %1</source>
        <translation>guardando %1</translation>
    </message>
    <message>
        <source>filing the rollback request</source>
        <translation>registrando la solicitud de reversión</translation>
    </message>
    <message>
        <source>recording the import of %1</source>
        <translation>registrando la importación de %1</translation>
    </message>
    <message>
        <source>writing where %1 keeps %2</source>
        <translation>escribiendo dónde guarda %1 %2</translation>
    </message>
</context>
<context>
    <name>SnapshotCheck</name>
    <message>
        <source>the integrity check failed: %1</source>
        <translation>falló la comprobación de integridad: %1</translation>
    </message>
    <message>
        <source>it has no snapshot manifest (it is not a Steward snapshot)</source>
        <translation>no tiene manifiesto de instantánea (no es una instantánea de Steward)</translation>
    </message>
    <message>
        <source>only a snapshot file can be checked, not a server database</source>
        <translation>solo se puede comprobar un archivo de instantánea, no una base de datos de servidor</translation>
    </message>
    <message>
        <source>the check was cancelled</source>
        <translation>se canceló la comprobación</translation>
    </message>
    <message>
        <source>%1 is listed in the manifest but missing from the file</source>
        <translation>%1 figura en el manifiesto pero falta en el archivo</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is in the file but not in the manifest</source>
        <translation>%1 está en el archivo pero no en el manifiesto</translation>
    </message>
    <message>
        <source>%1 has %2 rows; its manifest says %3</source>
        <translation>%1 tiene %2 filas; su manifiesto dice %3</translation>
    </message>
    <message>
        <source>%1 does not match its manifest digest</source>
        <translation>%1 no coincide con el resumen de su manifiesto</translation>
    </message>
</context>
<context>
    <name>SnapshotDiff</name>
    <message>
        <source>comparing</source>
        <translation>comparando</translation>
    </message>
    <message>
        <source>the older database</source>
        <translation>la base de datos más antigua</translation>
    </message>
    <message>
        <source>the newer database</source>
        <translation>la base de datos más reciente</translation>
    </message>
    <message>
        <source>%1 is missing in %2; not compared</source>
        <translation>%1 falta en %2; no se compara</translation>
    </message>
    <message>
        <source>%1 has no column %2 in %3; not compared</source>
        <translation>%1 no tiene la columna %2 en %3; no se compara</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>leyendo %1</translation>
    </message>
    <message>
        <source>reading model versions</source>
        <translation>leyendo versiones de modelo</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>leyendo el registro de auditoría</translation>
    </message>
    <message>
        <source>the older database has no audit trail; not compared</source>
        <translation>la base de datos más antigua no tiene registro de auditoría; no se compara</translation>
    </message>
    <message>
        <source>the newer database has no audit trail; not compared</source>
        <translation>la base de datos más reciente no tiene registro de auditoría; no se compara</translation>
    </message>
    <message>
        <source>the newer audit trail does not continue the older one: entry %1 differs or is missing (a record was altered or removed, or these are different databases)</source>
        <translation>el registro de auditoría más reciente no continúa el anterior: la entrada %1 difiere o falta (se alteró o eliminó un registro, o son bases de datos distintas)</translation>
    </message>
    <message>
        <source>%1 (snapshot of %2, exported %3 by %4)</source>
        <translation>%1 (instantánea de %2, exportada el %3 por %4)</translation>
    </message>
    <message>
        <source>the &quot;older&quot; snapshot was exported after the &quot;newer&quot; one; the changes read backwards</source>
        <translation>la instantánea &quot;más antigua&quot; se exportó después de la &quot;más reciente&quot;; los cambios se leen al revés</translation>
    </message>
    <message>
        <source>Suggestions that changed state</source>
        <translation>Sugerencias que cambiaron de estado</translation>
    </message>
    <message>
        <source>Violations that changed state</source>
        <translation>Infracciones que cambiaron de estado</translation>
    </message>
    <message>
        <source>Model versions that appeared</source>
        <translation>Versiones de modelo que aparecieron</translation>
    </message>
    <message>
        <source>What the audit trail gained</source>
        <translation>Lo que ganó el registro de auditoría</translation>
    </message>
    <message>
        <source>State changes with no audit record</source>
        <translation>Cambios de estado sin registro de auditoría</translation>
    </message>
</context>
<context>
    <name>SnapshotDiffModel</name>
    <message>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Infracción</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>WMAPE</source>
        <translation>WMAPE</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Item kind</source>
        <translation>Tipo de elemento</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Creado (UTC)</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>Summary or description</source>
        <translation>Resumen o descripción</translation>
    </message>
</context>
<context>
    <name>SnapshotDigest</name>
    <message>
        <source>row digests are computed on SQLite files only</source>
        <translation>los resúmenes de filas solo se calculan sobre archivos SQLite</translation>
    </message>
    <message>
        <source>reading the columns of %1: %2</source>
        <translation>leyendo las columnas de %1: %2</translation>
    </message>
    <message>
        <source>there is no table %1</source>
        <translation>no existe la tabla %1</translation>
    </message>
    <message>
        <source>reading %1: %2</source>
        <translation>leyendo %1: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>SnapshotExport</name>
    <message>
        <source>the export was cancelled; nothing was written</source>
        <translation>se canceló la exportación; no se escribió nada</translation>
    </message>
    <message>
        <source>two tables would both be called %1 in the snapshot; rename one of them first</source>
        <translation>dos tablas se llamarían %1 en la instantánea; cambie antes el nombre de una</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>leyendo %1</translation>
    </message>
    <message>
        <source>%1: %2 rows were read but %3 were written</source>
        <translation>%1: se leyeron %2 filas pero se escribieron %3</translation>
    </message>
    <message>
        <source>%1 is the database being exported; choose another file</source>
        <translation>%1 es la base de datos que se exporta; elija otro archivo</translation>
    </message>
</context>
<context>
    <name>SnapshotFormat</name>
    <message>
        <source>looking for a snapshot manifest</source>
        <translation>buscando un manifiesto de instantánea</translation>
    </message>
    <message>
        <source>the snapshot manifest is incomplete: one of its two tables is missing</source>
        <translation>el manifiesto de la instantánea está incompleto: falta una de sus dos tablas</translation>
    </message>
    <message>
        <source>reading the snapshot manifest</source>
        <translation>leyendo el manifiesto de la instantánea</translation>
    </message>
    <message>
        <source>the snapshot manifest does not name its format</source>
        <translation>el manifiesto de la instantánea no indica su formato</translation>
    </message>
    <message>
        <source>the snapshot is in format %1, which this build does not know; use a newer Steward</source>
        <translation>la instantánea está en el formato %1, que esta compilación no conoce; use un Steward más reciente</translation>
    </message>
    <message>
        <source>reading the snapshot&apos;s table list</source>
        <translation>leyendo la lista de tablas de la instantánea</translation>
    </message>
    <message>
        <source>writing the snapshot manifest</source>
        <translation>escribiendo el manifiesto de la instantánea</translation>
    </message>
</context>
<context>
    <name>SourceTables</name>
    <message>
        <source>cannot read %1 as %2 (%3): %4</source>
        <translation>no se puede leer %1 como %2 (%3): %4</translation>
    </message>
    <message>
        <source>looking for the view %1</source>
        <translation>buscando la vista %1</translation>
    </message>
</context>
<context>
    <name>SqlScript</name>
    <message>
        <source>missing built-in script %1</source>
        <translation>falta el script integrado %1</translation>
    </message>
</context>
<context>
    <name>SqliteFile</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no existe el archivo</translation>
    </message>
    <message>
        <source>%1: is a directory, not a database file</source>
        <translation>%1: es un directorio, no un archivo de base de datos</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: no es un archivo normal</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: no se puede leer (%2)</translation>
    </message>
    <message>
        <source>%1: is a text file, not a SQLite database</source>
        <translation>%1: es un archivo de texto, no una base de datos SQLite</translation>
    </message>
    <message>
        <source>%1: not a SQLite database (the header is missing; the file may be encrypted or of another kind)</source>
        <translation>%1: no es una base de datos SQLite (falta la cabecera; el archivo puede estar cifrado o ser de otro tipo)</translation>
    </message>
    <message>
        <source>%1: the SQLite file is truncated (only %2 bytes)</source>
        <translation>%1: el archivo SQLite está truncado (solo %2 bytes)</translation>
    </message>
    <message>
        <source>%1: the SQLite header is damaged (page size %2)</source>
        <translation>%1: la cabecera SQLite está dañada (tamaño de página %2)</translation>
    </message>
    <message>
        <source>%1: the SQLite file is truncated: its header counts %2 pages of %3 bytes (%4 bytes), the file has %5</source>
        <translation>%1: el archivo SQLite está truncado: su cabecera cuenta %2 páginas de %3 bytes (%4 bytes), el archivo tiene %5</translation>
    </message>
</context>
<context>
    <name>SqliteRowWriter</name>
    <message>
        <source>rows are written into SQLite files only</source>
        <translation>las filas solo se escriben en archivos SQLite</translation>
    </message>
    <message>
        <source>preparing the insert into %1</source>
        <translation>preparando la inserción en %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>binding a value for %1</source>
        <translation>asignando un valor a %1</translation>
    </message>
    <message>
        <source>inserting into %1</source>
        <translation>insertando en %1</translation>
    </message>
</context>
<context>
    <name>SuggestionArrivals</name>
    <message>
        <source>looking for new suggestions</source>
        <translation>buscando sugerencias nuevas</translation>
    </message>
    <message>
        <source>looking for Steward&apos;s server functions</source>
        <translation>buscando las funciones de servidor de Steward</translation>
    </message>
    <message>
        <source>recording new suggestions</source>
        <translation>registrando sugerencias nuevas</translation>
    </message>
</context>
<context>
    <name>SuggestionQuery</name>
    <message>
        <source>the queue cannot be sorted by %1; sortable columns: %2</source>
        <translation>la cola no se puede ordenar por %1; columnas ordenables: %2</translation>
    </message>
    <message>
        <source>%1 is not a cycle id (cycle ids are UUIDs)</source>
        <translation>%1 no es un id de ciclo (los id de ciclo son UUID)</translation>
    </message>
</context>
<context>
    <name>SuggestionRepository</name>
    <message>
        <source>reading cycle %1</source>
        <translation>leyendo el ciclo %1</translation>
    </message>
    <message>
        <source>no suggestion with id %1</source>
        <translation>no hay sugerencia con id %1</translation>
    </message>
    <message>
        <source>reading suggestion %1</source>
        <translation>leyendo la sugerencia %1</translation>
    </message>
    <message>
        <source>no list of values for %1</source>
        <translation>no hay lista de valores para %1</translation>
    </message>
    <message>
        <source>listing the values of %1</source>
        <translation>listando los valores de %1</translation>
    </message>
    <message>
        <source>listing improvement cycles</source>
        <translation>listando ciclos de mejora</translation>
    </message>
    <message>
        <source>reading when Steward first saw %1</source>
        <translation>leyendo cuándo vio Steward %1 por primera vez</translation>
    </message>
    <message>
        <source>looking for an index on %1</source>
        <translation>buscando un índice sobre %1</translation>
    </message>
</context>
<context>
    <name>SuggestionSortIndex</name>
    <message>
        <source>reading the sort index</source>
        <translation>leyendo el índice de ordenación</translation>
    </message>
    <message>
        <source>indexing new rows of %1</source>
        <translation>indexando las filas nuevas de %1</translation>
    </message>
</context>
<context>
    <name>SystemDemo</name>
    <message>
        <source>the demo writes the pipeline, urutiiq, within or krongthai, not %1</source>
        <translation>la demo escribe pipeline, urutiiq, within o krongthai, no %1</translation>
    </message>
</context>
<context>
    <name>TableListModel</name>
    <message>
        <source>Not counted: views in untrusted files are not run</source>
        <translation>Sin contar: las vistas de archivos no fiables no se ejecutan</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vista</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <source>pipeline</source>
        <translation>pipeline</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otra</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Counting the rows…</source>
        <translation>Contando las filas…</translation>
    </message>
</context>
<context>
    <name>TransitionEngine</name>
    <message>
        <source> (%1 by %2 at %3)</source>
        <translation> (%1 por %2 a las %3)</translation>
    </message>
    <message>
        <source> (changed outside Steward)</source>
        <translation> (cambiado fuera de Steward)</translation>
    </message>
    <message>
        <source>%1 %2 is %3 now, not %4%5; nothing was changed</source>
        <translation>%1 %2 ahora está en %3, no en %4%5; no se cambió nada</translation>
    </message>
    <message>
        <source>reading %1 %2</source>
        <translation>leyendo %1 %2</translation>
    </message>
    <message>
        <source>no %1 with id %2</source>
        <translation>no hay %1 con id %2</translation>
    </message>
    <message>
        <source>updating %1</source>
        <translation>actualizando %1</translation>
    </message>
    <message>
        <source>%1 %2 changed while it was being decided; nothing was changed</source>
        <translation>%1 %2 cambió mientras se decidía; no se cambió nada</translation>
    </message>
    <message>
        <source>this database (%1) keeps no %2 items</source>
        <translation>esta base de datos (%1) no guarda elementos de tipo %2</translation>
    </message>
    <message>
        <source>This decision needs %1</source>
        <translation>Esta decisión necesita %1</translation>
    </message>
</context>
<context>
    <name>VersionDetail</name>
    <message>
        <source>active version</source>
        <translation>versión activa</translation>
    </message>
    <message>
        <source>active (newest; no version set)</source>
        <translation>activa (la más reciente; no se fijó ninguna)</translation>
    </message>
    <message>
        <source>Rollback to %1 requested by %2 on %3 (request %4) — awaiting a manager. Reason: %5</source>
        <translation>Reversión a %1 solicitada por %2 el %3 (solicitud %4) — pendiente de un responsable. Motivo: %5</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>&lt;p&gt;No metrics recorded.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No hay métricas registradas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The metrics are not valid JSON (%1); the stored text is:</source>
        <translation>Las métricas no son JSON válido (%1); el texto guardado es:</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>cuanto más alto, mejor</translation>
    </message>
    <message>
        <source>closer to zero is better</source>
        <translation>cuanto más cerca de cero, mejor</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>cuanto más bajo, mejor</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>no es un número</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Imported from a model folder</source>
        <translation>Importada desde una carpeta de modelos</translation>
    </message>
    <message>
        <source>From &lt;code&gt;%1&lt;/code&gt; by %2 on %3.</source>
        <translation>Desde &lt;code&gt;%1&lt;/code&gt; por %2 el %3.</translation>
    </message>
    <message>
        <source>target &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>objetivo &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Features (%1): %2</source>
        <translation>Variables (%1): %2</translation>
    </message>
    <message>
        <source>Candidates evaluated:</source>
        <translation>Candidatos evaluados:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Training jobs</source>
        <translation>Entrenamientos</translation>
    </message>
    <message>
        <source>&lt;p&gt;No training job names this version.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ningún entrenamiento menciona esta versión.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Backtests</source>
        <translation>Backtests</translation>
    </message>
    <message>
        <source>&lt;p&gt;This version was not backtested.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Esta versión no tiene backtest.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>Backtests (walk-forward folds)</source>
        <translation>Backtests (pliegues walk-forward)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Fold</source>
        <translation>Pliegue</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Forecasts</source>
        <translation>Previsiones</translation>
    </message>
    <message>
        <source>&lt;p&gt;No forecasts were made with this version.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No se hicieron previsiones con esta versión.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Forecasts made with this version</source>
        <translation>Previsiones hechas con esta versión</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Mean predicted</source>
        <translation>Media prevista</translation>
    </message>
    <message>
        <source>… and %1 more series.</source>
        <translation>… y %1 series más.</translation>
    </message>
    <message>
        <source>The table %1 is missing from this database, so Steward cannot show this.</source>
        <translation>Falta la tabla %1 en esta base de datos, así que Steward no puede mostrar esto.</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>peor</translation>
    </message>
    <message>
        <source>better</source>
        <translation>mejor</translation>
    </message>
    <message>
        <source>vs previous (%1)</source>
        <translation>frente a la anterior (%1)</translation>
    </message>
    <message>
        <source>vs active (%1)</source>
        <translation>frente a la activa (%1)</translation>
    </message>
    <message>
        <source>Worse than the previous version, %1, on: %2.</source>
        <translation>Peor que la versión anterior, %1, en: %2.</translation>
    </message>
    <message>
        <source>Worse than the active version, %1, on: %2.</source>
        <translation>Peor que la versión activa, %1, en: %2.</translation>
    </message>
    <message>
        <source>active (as its system marks it)</source>
        <translation>activa (según la marca su sistema)</translation>
    </message>
    <message>
        <source>trained %1</source>
        <translation>entrenada %1</translation>
    </message>
    <message>
        <source>registered %1</source>
        <translation>registrada %1</translation>
    </message>
    <message>
        <source>features: %1</source>
        <translation>variables: %1</translation>
    </message>
    <message>
        <source>training samples: %1</source>
        <translation>muestras de entrenamiento: %1</translation>
    </message>
</context>
<context>
    <name>VersionDetails</name>
    <message>
        <source>reading the training jobs of %1</source>
        <translation>leyendo los entrenamientos de %1</translation>
    </message>
    <message>
        <source>reading earlier training attempts</source>
        <translation>leyendo intentos de entrenamiento anteriores</translation>
    </message>
    <message>
        <source>reading the backtests of %1</source>
        <translation>leyendo los backtests de %1</translation>
    </message>
    <message>
        <source>finding the versions that made forecasts</source>
        <translation>buscando las versiones que hicieron previsiones</translation>
    </message>
    <message>
        <source>reading the forecasts of %1</source>
        <translation>leyendo las previsiones de %1</translation>
    </message>
    <message>
        <source>reading the import record of %1</source>
        <translation>leyendo el registro de importación de %1</translation>
    </message>
</context>
<context>
    <name>VersionListQuery</name>
    <message>
        <source>locating version %1</source>
        <translation>localizando la versión %1</translation>
    </message>
</context>
<context>
    <name>VersionRollback</name>
    <message>
        <source>%1 is already the active version of %2 (the newest; no other version has been set)</source>
        <translation>%1 ya es la versión activa de %2 (la más reciente; no se ha fijado otra versión)</translation>
    </message>
    <message>
        <source>%1 marks which of its versions is active itself; Steward does not change it (see Monitoring, Deployments)</source>
        <translation>%1 marca por sí mismo qué versión está activa; Steward no lo cambia (vea Monitorización, Despliegues)</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gobernanza</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tablas</translation>
    </message>
    <message>
        <source>SQL console</source>
        <translation>Consola SQL</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitorización</translation>
    </message>
</context>
<context>
    <name>ViolationDecisions</name>
    <message>
        <source>the violation is %1 already; nothing was changed</source>
        <translation>la infracción ya está en %1; no se cambió nada</translation>
    </message>
    <message>
        <source>reading the assignment</source>
        <translation>leyendo la asignación</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot work on violations; assign someone who is analyst, manager or admin</source>
        <translation>%1 es %2 y no puede trabajar en infracciones; asigne a alguien que sea analyst, manager o admin</translation>
    </message>
    <message>
        <source>assigning the violation</source>
        <translation>asignando la infracción</translation>
    </message>
    <message>
        <source>recording the resolution</source>
        <translation>registrando la resolución</translation>
    </message>
    <message>
        <source>reading the resolution</source>
        <translation>leyendo la resolución</translation>
    </message>
    <message>
        <source>an assignment needs the person to assign</source>
        <translation>una asignación necesita a la persona asignada</translation>
    </message>
    <message>
        <source>the violation is assigned to %1 now, not %2; nothing was changed</source>
        <translation>la infracción está asignada ahora a %1, no a %2; no se cambió nada</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>the violation is assigned to %1 already</source>
        <translation>la infracción ya está asignada a %1</translation>
    </message>
    <message>
        <source>--to must be investigating, resolved, false_positive or open, not %1</source>
        <translation>--to debe ser investigating, resolved, false_positive u open, no %1</translation>
    </message>
</context>
<context>
    <name>ViolationHeadline</name>
    <message>
        <source>counting open criticals, overdue and unassigned violations</source>
        <translation>contando las infracciones críticas abiertas, vencidas y sin asignar</translation>
    </message>
</context>
<context>
    <name>ViolationQuery</name>
    <message>
        <source>reading violations</source>
        <translation>leyendo infracciones</translation>
    </message>
    <message>
        <source>counting violations</source>
        <translation>contando infracciones</translation>
    </message>
    <message>
        <source>no violation with id %1 (give the id, or at least its first six characters)</source>
        <translation>no hay infracción con id %1 (indique el id, o al menos sus seis primeros caracteres)</translation>
    </message>
    <message>
        <source>looking up violation %1</source>
        <translation>consultando la infracción %1</translation>
    </message>
    <message>
        <source>no violation with id %1</source>
        <translation>no hay infracción con id %1</translation>
    </message>
    <message>
        <source>%1 is the start of more than one violation id; give more of it</source>
        <translation>%1 es el comienzo de más de un id de infracción; indique más caracteres</translation>
    </message>
    <message>
        <source>reading violation %1</source>
        <translation>leyendo la infracción %1</translation>
    </message>
    <message>
        <source>violations cannot be listed by that column</source>
        <translation>las infracciones no se pueden listar por esa columna</translation>
    </message>
    <message>
        <source>reading filter choices</source>
        <translation>leyendo las opciones de filtro</translation>
    </message>
</context>
<context>
    <name>ViolationTerms</name>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>En investigación</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Falso positivo</translation>
    </message>
</context>
<context>
    <name>ViolationTimeline</name>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>Detected by the monitor</source>
        <translation>Detectada por el monitor</translation>
    </message>
    <message>
        <source>Detected by %1</source>
        <translation>Detectada por %1</translation>
    </message>
    <message>
        <source>%1 started investigating</source>
        <translation>%1 empezó a investigar</translation>
    </message>
    <message>
        <source>%1 assigned it to %2</source>
        <translation>%1 lo asignó a %2</translation>
    </message>
    <message>
        <source>%1 reassigned it from %2 to %3</source>
        <translation>%1 lo reasignó de %2 a %3</translation>
    </message>
    <message>
        <source>%1 resolved it</source>
        <translation>%1 lo resolvió</translation>
    </message>
    <message>
        <source>%1 marked it a false positive</source>
        <translation>%1 lo marcó como falso positivo</translation>
    </message>
    <message>
        <source>%1 reopened it</source>
        <translation>%1 lo reabrió</translation>
    </message>
    <message>
        <source>%1 returned it to the open queue</source>
        <translation>%1 lo devolvió a la cola abierta</translation>
    </message>
    <message>
        <source>%1 commented</source>
        <translation>%1 comentó</translation>
    </message>
    <message>
        <source>%1 closed it as %2 (recorded outside Steward)</source>
        <translation>%1 lo cerró como %2 (registrado fuera de Steward)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Suggestion approved</source>
        <translation>Sugerencia aprobada</translation>
    </message>
    <message>
        <source>Suggestion rejected</source>
        <translation>Sugerencia rechazada</translation>
    </message>
    <message>
        <source>Suggestion rolled back</source>
        <translation>Sugerencia revertida</translation>
    </message>
    <message>
        <source>Rollback requested</source>
        <translation>Reversión solicitada</translation>
    </message>
    <message>
        <source>Rollback approved</source>
        <translation>Reversión aprobada</translation>
    </message>
    <message>
        <source>Rollback denied</source>
        <translation>Reversión denegada</translation>
    </message>
    <message>
        <source>Model version activated</source>
        <translation>Versión de modelo activada</translation>
    </message>
    <message>
        <source>Violation investigation started</source>
        <translation>Investigación de la infracción iniciada</translation>
    </message>
    <message>
        <source>Violation assigned</source>
        <translation>Infracción asignada</translation>
    </message>
    <message>
        <source>Violation resolved</source>
        <translation>Infracción resuelta</translation>
    </message>
    <message>
        <source>Violation marked false positive</source>
        <translation>Infracción marcada como falso positivo</translation>
    </message>
    <message>
        <source>Violation reopened</source>
        <translation>Infracción reabierta</translation>
    </message>
    <message>
        <source>Violation returned to open</source>
        <translation>Infracción devuelta a abierta</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Ajuste cambiado</translation>
    </message>
    <message>
        <source>Role granted</source>
        <translation>Rol concedido</translation>
    </message>
    <message>
        <source>Role revoked</source>
        <translation>Rol revocado</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>WmapeTriggers</name>
    <message>
        <source>reading the current schema</source>
        <translation>leyendo el esquema actual</translation>
    </message>
    <message>
        <source>the session has no current schema to find the forecasts in</source>
        <translation>la sesión no tiene un esquema actual en el que buscar los pronósticos</translation>
    </message>
    <message>
        <source>the schema&apos;s name %1 cannot be written into the rollup&apos;s triggers</source>
        <translation>el nombre del esquema %1 no se puede escribir en los disparadores del resumen</translation>
    </message>
    <message>
        <source>the rollup&apos;s triggers are for a PostgreSQL server</source>
        <translation>los disparadores del resumen son para un servidor PostgreSQL</translation>
    </message>
    <message>
        <source>missing built-in script %1</source>
        <translation>falta el script incorporado %1</translation>
    </message>
    <message>
        <source>creating the accuracy rollup&apos;s triggers needs ownership of forecast_results and forecast_actuals: %1</source>
        <translation>crear los disparadores del resumen de precisión requiere ser propietario de forecast_results y forecast_actuals: %1</translation>
    </message>
    <message>
        <source>looking for the accuracy rollup</source>
        <translation>buscando el resumen de precisión</translation>
    </message>
    <message>
        <source>reading the accuracy rollup&apos;s state</source>
        <translation>leyendo el estado del resumen de precisión</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>only a pending suggestion can be approved; this one is %1</source>
        <translation>solo se puede aprobar una sugerencia pendiente; esta está %1</translation>
    </message>
    <message>
        <source>a comment saying why</source>
        <translation>un comentario que explique por qué</translation>
    </message>
    <message>
        <source>only a pending suggestion can be rejected; this one is %1</source>
        <translation>solo se puede rechazar una sugerencia pendiente; esta está %1</translation>
    </message>
    <message>
        <source>a reason</source>
        <translation>un motivo</translation>
    </message>
    <message>
        <source>only an applied suggestion can be rolled back; this one is %1</source>
        <translation>solo se puede revertir una sugerencia aplicada; esta está %1</translation>
    </message>
    <message>
        <source>this rollback request was %1 already</source>
        <translation>esta solicitud de reversión ya está %1</translation>
    </message>
    <message>
        <source>only an open violation can be taken up; this one is %1</source>
        <translation>solo se puede asumir una infracción abierta; esta está %1</translation>
    </message>
    <message>
        <source>the resolution</source>
        <translation>la resolución</translation>
    </message>
    <message>
        <source>start the investigation first: only a violation under investigation can be closed; this one is %1</source>
        <translation>primero inicie la investigación: solo se puede cerrar una infracción en investigación; esta está %1</translation>
    </message>
    <message>
        <source>a justification</source>
        <translation>una justificación</translation>
    </message>
    <message>
        <source>only a violation under investigation can be handed back to the queue; this one is %1 (a closed one is reopened)</source>
        <translation>solo se puede devolver a la cola una infracción en investigación; esta está %1 (una cerrada se reabre)</translation>
    </message>
    <message>
        <source>only a resolved or false-positive violation can be reopened; this one is %1</source>
        <translation>solo se puede reabrir una infracción resuelta o falsa positiva; esta está en %1</translation>
    </message>
    <message>
        <source>the violation is %1; reopen it before assigning it</source>
        <translation>la infracción está en %1; reábrala antes de asignarla</translation>
    </message>
    <message>
        <source>the comment&apos;s text</source>
        <translation>el texto del comentario</translation>
    </message>
    <message>
        <source>a comment</source>
        <translation>un comentario</translation>
    </message>
    <message>
        <source>a comment saying what was done</source>
        <translation>un comentario que diga qué se hizo</translation>
    </message>
    <message>
        <source>only pending feedback can be processed; this is %1</source>
        <translation>solo se pueden procesar comentarios pendientes; este está %1</translation>
    </message>
    <message>
        <source>only pending feedback can be ignored; this is %1</source>
        <translation>solo se pueden ignorar comentarios pendientes; este está %1</translation>
    </message>
    <message>
        <source>only an active deployment can be rolled back; this one is %1</source>
        <translation>solo se puede revertir un despliegue activo; este está %1</translation>
    </message>
    <message>
        <source>Not possible from %1 (%2)</source>
        <translation>No es posible desde %1 (%2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Review and governance for forecasting models.</source>
        <translation>Revisión y gobernanza de modelos de previsión.</translation>
    </message>
    <message>
        <source>A SQLite file or a postgresql:// URI to open.</source>
        <translation>Un archivo SQLite o una URI postgresql:// que abrir.</translation>
    </message>
    <message>
        <source>Open read-only.</source>
        <translation>Abrir en solo lectura.</translation>
    </message>
    <message>
        <source>Act as USER (SQLite only).</source>
        <translation>Actuar como USER (solo SQLite).</translation>
    </message>
    <message>
        <source>Start on VIEW: suggestions, models, charts, governance, audit, tables or console.</source>
        <translation>Empezar en la vista VIEW: suggestions, models, charts, governance, audit, tables o console.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE once it has loaded, then quit.</source>
        <translation>Guardar una imagen de la ventana en FILE cuando haya cargado, y salir.</translation>
    </message>
    <message>
        <source>Window size, WIDTHxHEIGHT.</source>
        <translation>Tamaño de la ventana, ANCHOxALTO.</translation>
    </message>
    <message>
        <source>Read the tables as PROFILE&apos;s: pipeline, urutiiq, within, krongthai or a profile file (default: recognised).</source>
        <translation>Leer las tablas según PROFILE: pipeline, urutiiq, within, krongthai o un archivo de perfil (por omisión: reconocido).</translation>
    </message>
</context>
<context>
    <name>steward::AuditPage</name>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Todos los elementos</translation>
    </message>
    <message>
        <source>Item id</source>
        <translation>Id del elemento</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier momento</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Verificar cadena</translation>
    </message>
    <message>
        <source>Could not read the audit trail: %1</source>
        <translation>No se pudo leer el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>verify the hash chain</source>
        <translation>verificar la cadena de hashes</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No audit trail yet&lt;/h3&gt;&lt;p&gt;This database has no Steward tables, so no decisions have been recorded in it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aún no hay registro de auditoría&lt;/h3&gt;&lt;p&gt;Esta base de datos no tiene tablas de Steward, así que no se ha registrado ninguna decisión.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No records match the filters.</source>
        <translation>Ningún registro coincide con los filtros.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Show in Suggestions</source>
        <translation>Mostrar en Sugerencias</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Could not verify: %1</source>
        <translation>No se pudo verificar: %1</translation>
    </message>
    <message>
        <source>✓ &lt;b&gt;The audit trail is intact.&lt;/b&gt; %1 records checked; the newest hash is &lt;tt&gt;%2&lt;/tt&gt;. Note it elsewhere to anchor the chain.</source>
        <translation>✓ &lt;b&gt;El registro de auditoría está intacto.&lt;/b&gt; %1 registros comprobados; el hash más reciente es &lt;tt&gt;%2&lt;/tt&gt;. Anótelo en otro lugar para anclar la cadena.</translation>
    </message>
    <message>
        <source>✗ &lt;b&gt;The audit trail has been tampered with at record %1.&lt;/b&gt; %2</source>
        <translation>✗ &lt;b&gt;El registro de auditoría fue manipulado en el registro %1.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Today (UTC)</source>
        <translation>Hoy (UTC)</translation>
    </message>
    <message>
        <source>Recompute every record&apos;s hash and check that none was edited, removed, inserted or reordered, and that every item is in the state its last record says (Ctrl+Shift+V)</source>
        <translation>Recalcular el hash de cada registro y comprobar que ninguno se editó, eliminó, insertó o reordenó, y que cada elemento está en el estado que indica su último registro (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Could not compare the items with the audit trail: %1</source>
        <translation>No se pudieron comparar los elementos con el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>… and %1 more (`steward-cli audit verify` lists up to %2 of each kind).</source>
        <translation>… y %1 más (`steward-cli audit verify` enumera hasta %2 de cada tipo).</translation>
    </message>
    <message>
        <source>✗ &lt;b&gt;%1 items are not in the state the audit trail last left them in&lt;/b&gt;: they were changed without a record. The chain itself is intact (%2 records checked).&lt;ul&gt;%3&lt;/ul&gt;%4</source>
        <translation>✗ &lt;b&gt;%1 elementos no están en el estado en que los dejó por última vez el registro de auditoría&lt;/b&gt;: se cambiaron sin dejar constancia. La cadena en sí está intacta (%2 registros comprobados).&lt;ul&gt;%3&lt;/ul&gt;%4</translation>
    </message>
    <message>
        <source>Every item is in the state its last record says.</source>
        <translation>Cada elemento está en el estado que indica su último registro.</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 registro</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 registros</translation>
    </message>
    <message>
        <source>recorded as %1</source>
        <translation>registrado como %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>Verificando el registro de auditoría…</translation>
    </message>
</context>
<context>
    <name>steward::AuditTrailModel</name>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Item id</source>
        <translation>Id del elemento</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Previous hash</source>
        <translation>Hash anterior</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
</context>
<context>
    <name>steward::CellDelegate</name>
    <message>
        <source>⚠ invalid JSON: %1</source>
        <translation>⚠ JSON no válido: %1</translation>
    </message>
</context>
<context>
    <name>steward::ChartPanel</name>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Guardar gráfico como PNG…</translation>
    </message>
    <message>
        <source>Save chart as SVG…</source>
        <translation>Guardar gráfico como SVG…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>there is no chart to export</source>
        <translation>no hay gráfico que exportar</translation>
    </message>
</context>
<context>
    <name>steward::ChartsPage</name>
    <message>
        <source>Export the chart as PNG…</source>
        <translation>Exportar el gráfico como PNG…</translation>
    </message>
    <message>
        <source>Export the chart as SVG…</source>
        <translation>Exportar el gráfico como SVG…</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Gráfico:</translation>
    </message>
    <message>
        <source>Metric history</source>
        <translation>Historial de la métrica</translation>
    </message>
    <message>
        <source>Walk-forward backtest</source>
        <translation>Backtest walk-forward</translation>
    </message>
    <message>
        <source>Forecast fan</source>
        <translation>Abanico de previsión</translation>
    </message>
    <message>
        <source>Improvement cycles</source>
        <translation>Ciclos de mejora</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Métrica:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>Serie:</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exportar PNG…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Exportar SVG…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
    <message>
        <source>The chart was not saved: %1</source>
        <translation>No se guardó el gráfico: %1</translation>
    </message>
    <message>
        <source>This database has no model versions, so there is nothing to chart.</source>
        <translation>Esta base de datos no tiene versiones de modelo, así que no hay nada que graficar.</translation>
    </message>
    <message>
        <source>This database has no forecast_results table.</source>
        <translation>Esta base de datos no tiene la tabla forecast_results.</translation>
    </message>
    <message>
        <source>This database has no improvement_cycles table.</source>
        <translation>Esta base de datos no tiene la tabla improvement_cycles.</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Rendimiento</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Deriva</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Todos los modelos</translation>
    </message>
    <message>
        <source>Reading the chart&apos;s data…</source>
        <translation>Leyendo los datos del gráfico…</translation>
    </message>
</context>
<context>
    <name>steward::CompareDialog</name>
    <message>
        <source>Suggestions (%1)</source>
        <translation>Sugerencias (%1)</translation>
    </message>
    <message>
        <source>Violations (%1)</source>
        <translation>Infracciones (%1)</translation>
    </message>
    <message>
        <source>Model versions (%1)</source>
        <translation>Versiones de modelo (%1)</translation>
    </message>
    <message>
        <source>Audit trail (%1)</source>
        <translation>Registro de auditoría (%1)</translation>
    </message>
    <message>
        <source>Compare with snapshot</source>
        <translation>Comparar con instantánea</translation>
    </message>
    <message>
        <source>Older:</source>
        <translation>Más antigua:</translation>
    </message>
    <message>
        <source>Newer:</source>
        <translation>Más reciente:</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparando…</translation>
    </message>
    <message>
        <source>The comparison could not be made: %1</source>
        <translation>No se pudo hacer la comparación: %1</translation>
    </message>
    <message>
        <source>Nothing changed: the same suggestion and violation states, no new model versions, no new audit entries.</source>
        <translation>Nada cambió: los mismos estados de sugerencias e infracciones, ninguna versión de modelo nueva, ninguna entrada de auditoría nueva.</translation>
    </message>
    <message>
        <source>Suggestions: %1 changed state · Violations: %2 changed state · Model versions: %3 appeared or went · Audit trail: %4 new entries</source>
        <translation>Sugerencias: %1 cambiaron de estado · Infracciones: %2 cambiaron de estado · Versiones de modelo: %3 aparecieron o desaparecieron · Auditoría: %4 entradas nuevas</translation>
    </message>
    <message>
        <source>⚠ No audit record (%1)</source>
        <translation>⚠ Sin registro de auditoría (%1)</translation>
    </message>
    <message>
        <source>No audit record (0)</source>
        <translation>Sin registro de auditoría (0)</translation>
    </message>
    <message>
        <source>State changes with no audit record: %1. They were made outside Steward (first tab).</source>
        <translation>Cambios de estado sin registro de auditoría: %1. Se hicieron fuera de Steward (primera pestaña).</translation>
    </message>
</context>
<context>
    <name>steward::ConnectionDialog</name>
    <message>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Recientes</translation>
    </message>
    <message>
        <source>/path/to/pipeline.sqlite</source>
        <translation>/ruta/a/pipeline.sqlite</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Open read-only (the file is never modified)</source>
        <translation>Abrir en solo lectura (el archivo nunca se modifica)</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>Archivo SQLite</translation>
    </message>
    <message>
        <source>URI:</source>
        <translation>URI:</translation>
    </message>
    <message>
        <source>Read-only session</source>
        <translation>Sesión de solo lectura</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>SSL mode:</source>
        <translation>Modo SSL:</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Open SQLite database</source>
        <translation>Abrir base de datos SQLite</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Bases de datos SQLite (*.sqlite *.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Not a PostgreSQL URI: expected postgresql://user@host:port/database</source>
        <translation>No es una URI de PostgreSQL: se esperaba postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>Choose a SQLite file.</source>
        <translation>Elija un archivo SQLite.</translation>
    </message>
    <message>
        <source>✔ Connected as %1.</source>
        <translation>✔ Conectado como %1.</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>Remember the password in the desktop keyring</source>
        <translation>Recordar la contraseña en el llavero del escritorio</translation>
    </message>
    <message>
        <source>Kept by the desktop&apos;s keyring (GNOME Keyring, KWallet), never in Steward&apos;s settings.</source>
        <translation>La guarda el llavero del escritorio (GNOME Keyring, KWallet), nunca la configuración de Steward.</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Llavero</translation>
    </message>
    <message>
        <source>The connection is open, but %1.</source>
        <translation>La conexión está abierta, pero %1.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
</context>
<context>
    <name>steward::ConsolePage</name>
    <message>
        <source>SELECT status, count(*) FROM llm_suggestions GROUP BY status</source>
        <translation>SELECT status, count(*) FROM llm_suggestions GROUP BY status</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Run the statement, or the selected part of it (Ctrl+Return)</source>
        <translation>Ejecutar la sentencia, o la parte seleccionada (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Write every row of the result to a CSV file (Ctrl+Shift+S)</source>
        <translation>Escribir todas las filas del resultado en un archivo CSV (Ctrl+Mayús+S)</translation>
    </message>
    <message>
        <source>Read-only: statements that would write are refused; secrets are never shown.</source>
        <translation>Solo lectura: se rechazan las sentencias que escribirían; los secretos nunca se muestran.</translation>
    </message>
    <message>
        <source>Run the statement (or the selection)</source>
        <translation>Ejecutar la sentencia (o la selección)</translation>
    </message>
    <message>
        <source>Export the result to CSV</source>
        <translation>Exportar el resultado a CSV</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No hay ninguna base de datos abierta.</translation>
    </message>
    <message>
        <source>Not run.</source>
        <translation>No ejecutado.</translation>
    </message>
    <message>
        <source>%1 rows · %2 columns · %3 ms</source>
        <translation>%1 filas · %2 columnas · %3 ms</translation>
    </message>
    <message>
        <source>Export result to CSV</source>
        <translation>Exportar el resultado a CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The CSV file was not written: %1</source>
        <translation>No se escribió el archivo CSV: %1</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Escrito %1.</translation>
    </message>
    <message>
        <source>There is no result to export; run a statement first.</source>
        <translation>No hay resultado que exportar; ejecute primero una sentencia.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the running statement (Esc)</source>
        <translation>Detener la sentencia en ejecución (Esc)</translation>
    </message>
    <message>
        <source>Stop the running statement</source>
        <translation>Detener la sentencia en ejecución</translation>
    </message>
    <message>
        <source>A statement is running; cancel it first.</source>
        <translation>Hay una sentencia en ejecución; cancélela primero.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message>
        <source>first %1 rows · %2 columns · %3 ms (Export CSV… writes them all)</source>
        <translation>primeras %1 filas · %2 columnas · %3 ms (Exportar CSV… las escribe todas)</translation>
    </message>
</context>
<context>
    <name>steward::DeadlinesDialog</name>
    <message>
        <source>Violation deadlines</source>
        <translation>Plazos de las infracciones</translation>
    </message>
    <message>
        <source>How long a violation may stay unresolved, counted from its detection. Changes apply to every violation at once and are recorded in the audit trail.</source>
        <translation>Cuánto tiempo puede seguir sin resolver una infracción, contado desde su detección. Los cambios se aplican a todas las infracciones a la vez y quedan en el registro de auditoría.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Default: %1 days</source>
        <translation>Predeterminado: %1 días</translation>
    </message>
</context>
<context>
    <name>steward::DecisionPanel</name>
    <message>
        <source>No database is open.</source>
        <translation>No hay ninguna base de datos abierta.</translation>
    </message>
</context>
<context>
    <name>steward::DeploymentsPanel</name>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Despliegue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Deployment version</source>
        <translation>Versión del despliegue</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Desplegado</translation>
    </message>
    <message>
        <source>Rollback request</source>
        <translation>Solicitud de reversión</translation>
    </message>
    <message>
        <source>Request &amp;rollback…</source>
        <translation>Solicitar &amp;reversión…</translation>
    </message>
    <message>
        <source>Deployments are not available for this database: the %1 profile records no deployments.</source>
        <translation>Los despliegues no están disponibles para esta base de datos: el perfil %1 no registra despliegues.</translation>
    </message>
    <message>
        <source>No deployments recorded.</source>
        <translation>No hay despliegues registrados.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>open (%1)</source>
        <translation>abierta (%1)</translation>
    </message>
    <message>
        <source>Ask a manager to roll this deployment back to the one it replaced (Alt+R)</source>
        <translation>Pedir a un responsable que revierta este despliegue al que sustituyó (Alt+R)</translation>
    </message>
    <message>
        <source>Select a deployment first.</source>
        <translation>Seleccione primero un despliegue.</translation>
    </message>
    <message>
        <source>No deployment history: %1.</source>
        <translation>No hay historial de despliegues: %1.</translation>
    </message>
    <message>
        <source>Rollback request %1 is already open for this deployment.</source>
        <translation>La solicitud de reversión %1 ya está abierta para este despliegue.</translation>
    </message>
    <message>
        <source>Request rollback</source>
        <translation>Solicitar reversión</translation>
    </message>
    <message>
        <source>Why should deployment %1 (%2 in %3) be rolled back? A manager other than you approves the request.</source>
        <translation>¿Por qué debería revertirse el despliegue %1 (%2 en %3)? Un responsable distinto de usted aprueba la solicitud.</translation>
    </message>
    <message>
        <source>Rollback of deployment %1 was requested (request %2); a manager decides it.</source>
        <translation>Se solicitó revertir el despliegue %1 (solicitud %2); un responsable lo decide.</translation>
    </message>
    <message>
        <source>&amp;Approve rollback…</source>
        <translation>&amp;Aprobar la reversión…</translation>
    </message>
    <message>
        <source>&amp;Deny rollback…</source>
        <translation>&amp;Denegar la reversión…</translation>
    </message>
    <message>
        <source>Rollback request %1 waits for a manager&apos;s decision: Approve rollback… or Deny rollback… below.</source>
        <translation>La solicitud de reversión %1 espera la decisión de un gerente: Aprobar la reversión… o Denegar la reversión… abajo.</translation>
    </message>
    <message>
        <source>Roll the deployment back: it becomes rolled_back and the one it replaced is active again (a manager other than the requester)</source>
        <translation>Revertir el despliegue: pasa a rolled_back y el que sustituyó vuelve a estar activo (un gerente distinto del solicitante)</translation>
    </message>
    <message>
        <source>Refuse the rollback request; you write why (a manager other than the requester)</source>
        <translation>Rechazar la solicitud de reversión; usted escribe por qué (un gerente distinto del solicitante)</translation>
    </message>
    <message>
        <source>No rollback request is open for this deployment.</source>
        <translation>No hay ninguna solicitud de reversión abierta para este despliegue.</translation>
    </message>
    <message>
        <source>Approve rollback</source>
        <translation>Aprobar reversión</translation>
    </message>
    <message>
        <source>Roll deployment %1 (%2 in %3) back to the one it replaced? A comment is optional and recorded in the audit trail.</source>
        <translation>¿Revertir el despliegue %1 (%2 en %3) al que sustituyó? El comentario es opcional y queda en la auditoría.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Deny rollback</source>
        <translation>Denegar reversión</translation>
    </message>
    <message>
        <source>Why is the rollback of deployment %1 refused? Your comment is recorded in the audit trail.</source>
        <translation>¿Por qué se rechaza la reversión del despliegue %1? Su comentario queda en la auditoría.</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Denegar</translation>
    </message>
    <message>
        <source>Deployment %1 was rolled back; the one it replaced is active again.</source>
        <translation>El despliegue %1 se revirtió; el que sustituyó vuelve a estar activo.</translation>
    </message>
    <message>
        <source>The rollback of deployment %1 was denied.</source>
        <translation>Se denegó la reversión del despliegue %1.</translation>
    </message>
</context>
<context>
    <name>steward::DriftPanel</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Score / threshold</source>
        <translation>Puntuación / umbral</translation>
    </message>
    <message>
        <source>System says</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Medido</translation>
    </message>
    <message>
        <source>Drift is not available for this database: the %1 profile records no drift scores.</source>
        <translation>La deriva no está disponible para esta base de datos: el perfil %1 no registra puntuaciones de deriva.</translation>
    </message>
    <message>
        <source>No drift records in this period.</source>
        <translation>No hay registros de deriva en este periodo.</translation>
    </message>
    <message>
        <source>(whole model)</source>
        <translation>(todo el modelo)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The system stores no threshold; %1 is assumed.</source>
        <translation>El sistema no guarda umbral; se asume %1.</translation>
    </message>
    <message>
        <source>Score %1 against the system&apos;s threshold %2.</source>
        <translation>Puntuación %1 frente al umbral %2 del sistema.</translation>
    </message>
    <message>
        <source>Read from %1</source>
        <translation>Leído de %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>steward::ExperimentsPanel</name>
    <message>
        <source>Experiment</source>
        <translation>Experimento</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Confidence interval</source>
        <translation>Intervalo de confianza</translation>
    </message>
    <message>
        <source>p-value (level)</source>
        <translation>valor p (nivel)</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Mejora</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Experiments are not available for this database: the %1 profile records no A/B experiments.</source>
        <translation>Los experimentos no están disponibles para esta base de datos: el perfil %1 no registra experimentos A/B.</translation>
    </message>
    <message>
        <source>No experiments recorded.</source>
        <translation>No hay experimentos registrados.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Metric: %1</source>
        <translation>Métrica: %1</translation>
    </message>
    <message>
        <source>Control: %1</source>
        <translation>Control: %1</translation>
    </message>
    <message>
        <source>Treatment: %1</source>
        <translation>Tratamiento: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no variants recorded</source>
        <translation>sin variantes registradas</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>ilegible: %1</translation>
    </message>
    <message>
        <source>%1 (control)</source>
        <translation>%1 (control)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: %2 (interval %3)</source>
        <translation>%1: %2 (intervalo %3)</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>The system keeps no significance level; %1 is assumed.</source>
        <translation>El sistema no guarda nivel de significación; se asume %1.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>★ winner</source>
        <translation>★ ganadora</translation>
    </message>
    <message>
        <source>significant</source>
        <translation>significativa</translation>
    </message>
    <message>
        <source>No winner</source>
        <translation>Sin ganador</translation>
    </message>
    <message>
        <source>Winner: %1</source>
        <translation>Ganador: %1</translation>
    </message>
    <message>
        <source>%1 — %2. %3</source>
        <translation>%1 — %2. %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>steward::ExportSnapshotDialog</name>
    <message>
        <source>Export snapshot</source>
        <translation>Exportar instantánea</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <source>The snapshot is one SQLite file with every table, secrets left out, and a manifest of row counts and SHA-256 digests that anyone can check offline.</source>
        <translation>La instantánea es un archivo SQLite con todas las tablas, sin secretos, y un manifiesto de filas y resúmenes SHA-256 que cualquiera puede comprobar sin conexión.</translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation>Abrir instantánea</translation>
    </message>
    <message>
        <source>Starting: opening a connection of its own and one consistent read of the database…</source>
        <translation>Iniciando: abriendo una conexión propia y una lectura coherente de la base de datos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Copying %1 (table %2 of %3) · %4 of %5 rows</source>
        <translation>Copiando %1 (tabla %2 de %3) · %4 de %5 filas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&lt;b&gt;No snapshot was written.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;No se escribió ninguna instantánea.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Snapshot written.&lt;/b&gt; %1 tables, %2 rows, each with its SHA-256 digest in the manifest.</source>
        <translation>&lt;b&gt;Instantánea escrita.&lt;/b&gt; %1 tablas, %2 filas, cada una con su resumen SHA-256 en el manifiesto.</translation>
    </message>
    <message>
        <source>Cancelling: removing what was written…</source>
        <translation>Cancelando: eliminando lo escrito…</translation>
    </message>
</context>
<context>
    <name>steward::FeedbackPanel</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positivo</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>&amp;Process…</source>
        <translation>&amp;Procesar…</translation>
    </message>
    <message>
        <source>I&amp;gnore…</source>
        <translation>I&amp;gnorar…</translation>
    </message>
    <message>
        <source>Feedback is not available for this database: the %1 profile records no feedback on predictions.</source>
        <translation>Los comentarios no están disponibles para esta base de datos: el perfil %1 no registra comentarios sobre predicciones.</translation>
    </message>
    <message>
        <source>No feedback recorded.</source>
        <translation>No hay comentarios registrados.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Ratings have no workflow: there is nothing to decide.</source>
        <translation>Las valoraciones no tienen flujo de trabajo: no hay nada que decidir.</translation>
    </message>
    <message>
        <source>Select a feedback item first.</source>
        <translation>Seleccione primero un comentario.</translation>
    </message>
    <message>
        <source>Mark the feedback processed; you write what was done with it (Alt+P)</source>
        <translation>Marcar el comentario como procesado; usted escribe qué se hizo con él (Alt+P)</translation>
    </message>
    <message>
        <source>Mark the feedback ignored; you write why (Alt+G)</source>
        <translation>Marcar el comentario como ignorado; usted escribe por qué (Alt+G)</translation>
    </message>
    <message>
        <source>Process feedback</source>
        <translation>Procesar comentario</translation>
    </message>
    <message>
        <source>What was done with this feedback? Your comment is recorded in the audit trail with your name and the time.</source>
        <translation>¿Qué se hizo con este comentario? Su comentario se registra en la auditoría con su nombre y la hora.</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Procesar</translation>
    </message>
    <message>
        <source>Ignore feedback</source>
        <translation>Ignorar comentario</translation>
    </message>
    <message>
        <source>Why is this feedback ignored? Your comment is recorded in the audit trail with your name and the time.</source>
        <translation>¿Por qué se ignora este comentario? Su comentario se registra en la auditoría con su nombre y la hora.</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Feedback %1 was processed.</source>
        <translation>El comentario %1 se procesó.</translation>
    </message>
    <message>
        <source>Feedback %1 was ignored.</source>
        <translation>El comentario %1 se ignoró.</translation>
    </message>
</context>
<context>
    <name>steward::GovernancePage</name>
    <message>
        <source>&amp;Violations</source>
        <translation>&amp;Infracciones</translation>
    </message>
    <message>
        <source>Po&amp;licies</source>
        <translation>Po&amp;líticas</translation>
    </message>
    <message>
        <source>&amp;Deadlines…</source>
        <translation>&amp;Plazos…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exportar informe…</translation>
    </message>
    <message>
        <source>A compliance report for a period as PDF, HTML or CSV (Ctrl+E)</source>
        <translation>Un informe de cumplimiento de un periodo en PDF, HTML o CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Could not read the deadlines; the defaults are used. %1</source>
        <translation>No se pudieron leer los plazos; se usan los predeterminados. %1</translation>
    </message>
    <message>
        <source>Change how long violations of each severity may stay open</source>
        <translation>Cambiar cuánto tiempo pueden seguir abiertas las infracciones de cada gravedad</translation>
    </message>
    <message>
        <source>See the deadlines. %1</source>
        <translation>Ver los plazos. %1</translation>
    </message>
    <message>
        <source>Violations / Policies tab</source>
        <translation>Pestaña Infracciones / Políticas</translation>
    </message>
    <message>
        <source>Search violation descriptions</source>
        <translation>Buscar en las descripciones de infracciones</translation>
    </message>
    <message>
        <source>Start investigating the selected violation</source>
        <translation>Empezar a investigar la infracción seleccionada</translation>
    </message>
    <message>
        <source>Resolve it / mark it a false positive</source>
        <translation>Resolverla / marcarla como falso positivo</translation>
    </message>
    <message>
        <source>Back to open / reopen</source>
        <translation>Volver a abierta / reabrir</translation>
    </message>
    <message>
        <source>Assign / comment</source>
        <translation>Asignar / comentar</translation>
    </message>
    <message>
        <source>Export a compliance report</source>
        <translation>Exportar un informe de cumplimiento</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>The deadlines were changed.</source>
        <translation>Se cambiaron los plazos.</translation>
    </message>
</context>
<context>
    <name>steward::JobListProxy</name>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Iniciado (UTC)</translation>
    </message>
    <message>
        <source>Finished (UTC)</source>
        <translation>Finalizado (UTC)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>steward::MainWindow</name>
    <message>
        <source>%1 %2 is not in the %3 view.</source>
        <translation>%1 %2 no está en la vista %3.</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Close database</source>
        <translation>&amp;Cerrar base de datos</translation>
    </message>
    <message>
        <source>&amp;Initialise Steward tables</source>
        <translation>&amp;Inicializar tablas de Steward</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Steward</source>
        <translation>&amp;Acerca de Steward</translation>
    </message>
    <message>
        <source>About Steward</source>
        <translation>Acerca de Steward</translation>
    </message>
    <message>
        <source>&lt;b&gt;Steward %1&lt;/b&gt;&lt;p&gt;Review and governance for forecasting models: LLM suggestions, model versions, policy violations, and an audit trail of who decided what.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Steward %1&lt;/b&gt;&lt;p&gt;Revisión y gobernanza de modelos de previsión: sugerencias de LLM, versiones de modelos, infracciones de políticas y un registro de auditoría de quién decidió qué.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Could not open the database. %1</source>
        <translation>No se pudo abrir la base de datos. %1</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>Abrir otra…</translation>
    </message>
    <message>
        <source>This database has no Steward tables yet. Decisions, roles and the audit trail need them; pipeline tables are not changed.</source>
        <translation>Esta base de datos aún no tiene tablas de Steward. Las decisiones, los roles y el registro de auditoría las necesitan; las tablas del pipeline no se modifican.</translation>
    </message>
    <message>
        <source>Initialise</source>
        <translation>Inicializar</translation>
    </message>
    <message>
        <source>Read-only: this database has no Steward tables, so there is no audit trail to show.</source>
        <translation>Solo lectura: esta base de datos no tiene tablas de Steward, así que no hay registro de auditoría que mostrar.</translation>
    </message>
    <message>
        <source>Some pipeline tables are missing (%1); views that need them are disabled.</source>
        <translation>Faltan algunas tablas del pipeline (%1); las vistas que las necesitan están desactivadas.</translation>
    </message>
    <message>
        <source>Could not create Steward&apos;s tables: %1</source>
        <translation>No se pudieron crear las tablas de Steward: %1</translation>
    </message>
    <message>
        <source>Steward&apos;s tables are ready (schema version %1). %2 is admin.</source>
        <translation>Las tablas de Steward están listas (versión de esquema %1). %2 es admin.</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Abrir una base de datos</translation>
    </message>
    <message>
        <source>Switch view</source>
        <translation>Cambiar de vista</translation>
    </message>
    <message>
        <source>Refresh the current view</source>
        <translation>Actualizar la vista actual</translation>
    </message>
    <message>
        <source>This sheet</source>
        <translation>Esta hoja</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <source>%1 — Steward</source>
        <translation>%1 — Steward</translation>
    </message>
    <message>
        <source>Updated with decisions other people just made</source>
        <translation>Actualizado con las decisiones que otras personas acaban de tomar</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>This file carries triggers Steward did not create: %1. They are switched off while it is open read-only; opened read-write, they would run with every decision.</source>
        <translation>Este archivo contiene disparadores que Steward no creó: %1. Están desactivados mientras se abre en solo lectura; abierto en lectura y escritura, se ejecutarían con cada decisión.</translation>
    </message>
    <message>
        <source>This file carries triggers Steward did not create: %1. They run with every decision made here and can change other rows unseen; Audit ▸ Verify chain finds what they changed.</source>
        <translation>Este archivo contiene disparadores que Steward no creó: %1. Se ejecutan con cada decisión tomada aquí y pueden cambiar otras filas sin que se vea; Auditoría ▸ Verificar cadena encuentra lo que cambiaron.</translation>
    </message>
    <message>
        <source>Write a &amp;demo database…</source>
        <translation>Escribir una base de datos de &amp;demostración…</translation>
    </message>
    <message>
        <source>Write a new SQLite file with a pipeline&apos;s tables in every workflow state, and open it</source>
        <translation>Escribir un archivo SQLite nuevo con las tablas de una canalización en todos los estados del flujo, y abrirlo</translation>
    </message>
    <message>
        <source>Open a SQLite file or connect to a PostgreSQL server</source>
        <translation>Abrir un archivo SQLite o conectarse a un servidor PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Export view to CSV…</source>
        <translation>&amp;Exportar la vista a CSV…</translation>
    </message>
    <message>
        <source>Write the rows this view lists, with its filters, search and order, to a CSV file</source>
        <translation>Escribir las filas que muestra esta vista, con sus filtros, búsqueda y orden, en un archivo CSV</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>This database is empty: it has neither the pipeline&apos;s tables nor Steward&apos;s. Open the pipeline&apos;s database, or write a demo database to try Steward.</source>
        <translation>Esta base de datos está vacía: no tiene ni las tablas de la canalización ni las de Steward. Abra la base de datos de la canalización o escriba una base de datos de demostración para probar Steward.</translation>
    </message>
    <message>
        <source>Write a demo…</source>
        <translation>Escribir una demostración…</translation>
    </message>
    <message>
        <source>%1: not available here; it needs %2, which this database does not have</source>
        <translation>%1: no disponible aquí; necesita %2, que esta base de datos no tiene</translation>
    </message>
    <message>
        <source>%1 lists nothing to export here. Suggestions, Models, Governance, Audit and Tables export the rows they show; the SQL console exports its result.</source>
        <translation>%1 no muestra nada que exportar aquí. Sugerencias, Modelos, Gobernanza, Auditoría y Tablas exportan las filas que muestran; la consola SQL exporta su resultado.</translation>
    </message>
    <message>
        <source>Export view to CSV</source>
        <translation>Exportar la vista a CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The CSV file was not written: %1</source>
        <translation>No se escribió el archivo CSV: %1</translation>
    </message>
    <message>
        <source>Wrote 1 row to %1.</source>
        <translation>Se escribió 1 fila en %1.</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation>Se escribieron %1 filas en %2.</translation>
    </message>
    <message>
        <source>Create search and filter &amp;indexes</source>
        <translation>Crear &amp;índices de búsqueda y filtro</translation>
    </message>
    <message>
        <source>The indexes are being created</source>
        <translation>Se están creando los índices</translation>
    </message>
    <message>
        <source>Open a database first</source>
        <translation>Abra primero una base de datos</translation>
    </message>
    <message>
        <source>The database is open read-only</source>
        <translation>La base de datos está abierta en solo lectura</translation>
    </message>
    <message>
        <source>Only an admin creates indexes; your role is %1</source>
        <translation>Solo un administrador crea índices; su rol es %1</translation>
    </message>
    <message>
        <source>Full-text search, sorting by a metric change and the monitoring summaries read along indexes (steward-cli init --indexes); a minute and more at a million rows</source>
        <translation>La búsqueda de texto, la ordenación por un cambio de métrica y los resúmenes de monitorización leen a lo largo de índices (steward-cli init --indexes); un minuto o más con un millón de filas</translation>
    </message>
    <message>
        <source>The indexes were not created: %1</source>
        <translation>No se crearon los índices: %1</translation>
    </message>
    <message>
        <source>Indexes ready: %1.</source>
        <translation>Índices listos: %1.</translation>
    </message>
    <message>
        <source>Creating the search and filter indexes on a connection of their own; the window stays usable. At a million suggestions this takes a minute or two.</source>
        <translation>Creando los índices de búsqueda y filtro en una conexión propia; la ventana sigue disponible. Con un millón de sugerencias tarda uno o dos minutos.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>steward::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>steward::ModelsPage</name>
    <message>
        <source>select the version to return to</source>
        <translation>seleccione la versión a la que volver</translation>
    </message>
    <message>
        <source>Roll back to %1</source>
        <translation>Revertir a %1</translation>
    </message>
    <message>
        <source>Why should client %1 return to version %2? A manager other than you approves or denies the request; the active version changes only when it is approved.</source>
        <translation>¿Por qué debe volver el cliente %1 a la versión %2? Otro responsable aprueba o deniega la solicitud; la versión activa solo cambia cuando se aprueba.</translation>
    </message>
    <message>
        <source>Request rollback</source>
        <translation>Solicitar reversión</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>The rollback was not requested: %1</source>
        <translation>No se solicitó la reversión: %1</translation>
    </message>
    <message>
        <source>Rollback of %1 to version %2 requested (request %3). A manager must approve it before it becomes active.</source>
        <translation>Solicitada la reversión de %1 a la versión %2 (solicitud %3). Un responsable debe aprobarla antes de que se active.</translation>
    </message>
    <message>
        <source>Import model folder</source>
        <translation>Importar carpeta de modelos</translation>
    </message>
    <message>
        <source>Register the model versions in %1? Versions whose metadata.json names no client, and that are not in a folder named after a client, go to client %2. Versions already registered are not changed.</source>
        <translation>¿Registrar las versiones de modelo de %1? Las versiones cuyo metadata.json no nombra cliente, y que no están en una carpeta con el nombre de un cliente, van al cliente %2. Las versiones ya registradas no cambian.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Importing model versions…</source>
        <translation>Importando versiones de modelo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>%1 imported, %2 unchanged, %3 failed, %4 skipped from %5.</source>
        <translation>De %5: %1 importadas, %2 sin cambios, %3 fallidas, %4 omitidas.</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Importación de %1</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Client / version</source>
        <translation>Cliente / versión</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Find a version</source>
        <translation>Buscar una versión</translation>
    </message>
    <message>
        <source>Compare the selected versions</source>
        <translation>Comparar las versiones seleccionadas</translation>
    </message>
    <message>
        <source>Roll back to the selected version…</source>
        <translation>Revertir a la versión seleccionada…</translation>
    </message>
    <message>
        <source>Import a model folder…</source>
        <translation>Importar una carpeta de modelos…</translation>
    </message>
    <message>
        <source>Could not read the versions: %1</source>
        <translation>No se pudieron leer las versiones: %1</translation>
    </message>
    <message>
        <source>%1  ● active</source>
        <translation>%1  ● activa</translation>
    </message>
    <message>
        <source>Client %1 has no model versions.</source>
        <translation>El cliente %1 no tiene versiones de modelo.</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray;&apos;&gt;Select a version to see its metrics, training jobs, backtests and forecasts.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray;&apos;&gt;Seleccione una versión para ver sus métricas, entrenamientos, backtests y previsiones.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The versions of this client have no numeric metrics to chart.</source>
        <translation>Las versiones de este cliente no tienen métricas numéricas que graficar.</translation>
    </message>
    <message>
        <source>Select two or more versions (Ctrl+click or Shift+click) to compare them.</source>
        <translation>Seleccione dos o más versiones (Ctrl+clic o Mayús+clic) para compararlas.</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Find version…</source>
        <translation>Buscar versión…</translation>
    </message>
    <message>
        <source>Chart metric:</source>
        <translation>Métrica del gráfico:</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Roll back to this version…</source>
        <translation>Revertir a esta versión…</translation>
    </message>
    <message>
        <source>Import model folder…</source>
        <translation>Importar carpeta de modelos…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Metric history</source>
        <translation>Historial de la métrica</translation>
    </message>
    <message>
        <source>Training jobs</source>
        <translation>Entrenamientos</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
    <message>
        <source>The chart was not saved: %1</source>
        <translation>No se guardó el gráfico: %1</translation>
    </message>
    <message>
        <source>Compare %1</source>
        <translation>Comparar %1</translation>
    </message>
    <message>
        <source>Show the selected versions side by side (Ctrl+D)</source>
        <translation>Mostrar las versiones seleccionadas lado a lado (Ctrl+D)</translation>
    </message>
    <message>
        <source>Select two or more versions (Ctrl+click) to compare them</source>
        <translation>Seleccione dos o más versiones (Ctrl+clic) para compararlas</translation>
    </message>
    <message>
        <source>Select the version to return to.</source>
        <translation>Seleccione la versión a la que volver.</translation>
    </message>
    <message>
        <source>%1 is already the active version.</source>
        <translation>%1 ya es la versión activa.</translation>
    </message>
    <message>
        <source>A rollback to %1 already awaits a manager&apos;s decision.</source>
        <translation>Una reversión a %1 ya está pendiente de la decisión de un responsable.</translation>
    </message>
    <message>
        <source>Ask a manager to make %1 the active version again (Ctrl+Shift+R)</source>
        <translation>Pedir a un responsable que vuelva a activar %1 (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Register the versions of a file-based model registry folder (Ctrl+I)</source>
        <translation>Registrar las versiones de una carpeta de registro de modelos en archivos (Ctrl+I)</translation>
    </message>
    <message>
        <source>Active version: &lt;b&gt;%1&lt;/b&gt; (set by %2 on %3)</source>
        <translation>Versión activa: &lt;b&gt;%1&lt;/b&gt; (fijada por %2 el %3)</translation>
    </message>
    <message>
        <source>worse: %1</source>
        <translation>peor: %1</translation>
    </message>
    <message>
        <source>%1 marks no version of %2 as active.</source>
        <translation>%1 no marca ninguna versión de %2 como activa.</translation>
    </message>
    <message>
        <source>Active, as %1 marks them: %2</source>
        <translation>Activas, según las marca %1: %2</translation>
    </message>
    <message>
        <source>Active version: %1 — the newest; no version has been set, so the pipeline loads the newest.</source>
        <translation>Versión activa: %1 — la más reciente; no se ha fijado ninguna versión, así que el pipeline carga la más reciente.</translation>
    </message>
    <message>
        <source>%1 marks which version is active itself; Steward does not change it.</source>
        <translation>%1 marca por sí mismo qué versión está activa; Steward no lo cambia.</translation>
    </message>
    <message>
        <source>An import is under way.</source>
        <translation>Hay una importación en curso.</translation>
    </message>
    <message>
        <source>Writing model versions…</source>
        <translation>Escribiendo las versiones del modelo…</translation>
    </message>
    <message>
        <source>rollback to %1 requested by %2, awaiting a manager</source>
        <translation>reversión a %1 solicitada por %2, pendiente de un responsable</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray;&apos;&gt;Reading the versions…&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray;&apos;&gt;Leyendo las versiones…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray;&apos;&gt;Reading %1…&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray;&apos;&gt;Leyendo %1…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reading the model versions…</source>
        <translation>Leyendo las versiones del modelo…</translation>
    </message>
    <message>
        <source>Reading the versions of %1…</source>
        <translation>Leyendo las versiones de %1…</translation>
    </message>
    <message>
        <source>Reading the versions…</source>
        <translation>Leyendo las versiones…</translation>
    </message>
    <message>
        <source>Reading the history of %1…</source>
        <translation>Leyendo el historial de %1…</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray;&apos;&gt;Reading this version…&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray;&apos;&gt;Leyendo esta versión…&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>steward::MonitoringPage</name>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>Everything recorded</source>
        <translation>Todo lo registrado</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>The period trends, drift and predictions are read over, up to now</source>
        <translation>El periodo en que se leen tendencias, deriva y predicciones, hasta ahora</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Rendimiento</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Deriva</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Predicciones</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimentos</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Despliegues</translation>
    </message>
</context>
<context>
    <name>steward::Page</name>
    <message>
        <source>No database open</source>
        <translation>Ninguna base de datos abierta</translation>
    </message>
    <message>
        <source>%1 is not available for this database</source>
        <translation>%1 no está disponible para esta base de datos</translation>
    </message>
    <message>
        <source>It needs the pipeline table(s) %1, which this database does not have. The other views work as usual.</source>
        <translation>Necesita las tablas del pipeline %1, que esta base de datos no tiene. Las demás vistas funcionan como siempre.</translation>
    </message>
    <message>
        <source>These are %1&apos;s tables. Steward shows them in the views that have a counterpart among them; this one reads the forecasting pipeline&apos;s %2. Tables and SQL Console show every table as it is.</source>
        <translation>Estas son las tablas de %1. Steward las muestra en las vistas que tienen una contraparte entre ellas; esta lee %2 del pipeline de previsión. Tablas y la consola SQL muestran cada tabla tal como es.</translation>
    </message>
    <message>
        <source>Open the pipeline&apos;s database — a SQLite file, or a PostgreSQL server the team shares — or write a demo database to try Steward on realistic data.</source>
        <translation>Abra la base de datos de la canalización —un archivo SQLite o un servidor PostgreSQL que comparte el equipo— o escriba una base de datos de demostración para probar Steward con datos realistas.</translation>
    </message>
    <message>
        <source>This database is empty</source>
        <translation>Esta base de datos está vacía</translation>
    </message>
    <message>
        <source>It has neither the pipeline&apos;s tables, which the forecasting pipeline (or a demo) writes, nor Steward&apos;s own. Open the pipeline&apos;s database, or write a demo database to try Steward.</source>
        <translation>No tiene ni las tablas de la canalización, que escribe la canalización de previsión (o una demostración), ni las propias de Steward. Abra la base de datos de la canalización o escriba una base de datos de demostración para probar Steward.</translation>
    </message>
    <message>
        <source>This database has none of the pipeline&apos;s tables</source>
        <translation>Esta base de datos no tiene ninguna tabla de la canalización</translation>
    </message>
    <message>
        <source>Steward&apos;s own tables are here, but %1 reads the tables the forecasting pipeline writes (%2), and Steward never creates them. Open the pipeline&apos;s database, or write a demo database to try Steward.</source>
        <translation>Las tablas propias de Steward están aquí, pero %1 lee las tablas que escribe la canalización de previsión (%2), y Steward nunca las crea. Abra la base de datos de la canalización o escriba una base de datos de demostración para probar Steward.</translation>
    </message>
    <message>
        <source>The %1 profile maps none of the tables monitoring reads (%2). The other views work as usual.</source>
        <translation>El perfil %1 no asigna ninguna de las tablas que lee la monitorización (%2). Las demás vistas funcionan como siempre.</translation>
    </message>
</context>
<context>
    <name>steward::PagedTableModel</name>
    <message>
        <source>reading rows</source>
        <translation>leyendo filas</translation>
    </message>
    <message>
        <source>Invalid JSON (%1): %2</source>
        <translation>JSON no válido (%1): %2</translation>
    </message>
    <message>
        <source>ordering rows</source>
        <translation>ordenando filas</translation>
    </message>
    <message>
        <source>ordering rows: the key %1 is not a whole number</source>
        <translation>ordenando filas: la clave %1 no es un número entero</translation>
    </message>
    <message>
        <source>counting rows of %1</source>
        <translation>contando filas de %1</translation>
    </message>
</context>
<context>
    <name>steward::PerformancePanel</name>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Primero</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <source>Previous last</source>
        <translation>Último (anterior)</translation>
    </message>
    <message>
        <source>Previous trend</source>
        <translation>Tendencia (anterior)</translation>
    </message>
    <message>
        <source>Performance is not available for this database: the %1 profile records no performance figures (the pipeline&apos;s are its forecasts against forecast_actuals).</source>
        <translation>El rendimiento no está disponible para esta base de datos: el perfil %1 no registra cifras de rendimiento (las del pipeline son sus previsiones frente a forecast_actuals).</translation>
    </message>
    <message>
        <source>No performance figures in this period.</source>
        <translation>No hay cifras de rendimiento en este periodo.</translation>
    </message>
    <message>
        <source>%1  ● active</source>
        <translation>%1  ● activa</translation>
    </message>
    <message>
        <source>The version in use</source>
        <translation>La versión en uso</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Cuanto más bajo, mejor</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Cuanto más alto, mejor</translation>
    </message>
    <message>
        <source>The fitted line changes by %1 (%2 of the mean) from %3 to %4; within 2% is stable.</source>
        <translation>La recta ajustada cambia %1 (%2 de la media) de %3 a %4; dentro del 2 % es estable.</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>umbral %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>steward::PoliciesPanel</name>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Umbrales</translation>
    </message>
    <message>
        <source>Violations it raised</source>
        <translation>Infracciones que generó</translation>
    </message>
    <message>
        <source>Show in the violation &amp;queue</source>
        <translation>Mostrar en la &amp;cola de infracciones</translation>
    </message>
    <message>
        <source>Double-click (or Enter) to open a violation in the queue</source>
        <translation>Doble clic (o Intro) para abrir una infracción en la cola</translation>
    </message>
    <message>
        <source>%1 policy · %2 · id %3</source>
        <translation>Política %1 · %2 · id %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>None so far.</source>
        <translation>Ninguna por ahora.</translation>
    </message>
    <message>
        <source>%1 in all: %2.</source>
        <translation>%1 en total: %2.</translation>
    </message>
</context>
<context>
    <name>steward::PolicyListModel</name>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Infracciones</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Aún abierta</translation>
    </message>
    <message>
        <source>Policy id</source>
        <translation>Id de la política</translation>
    </message>
</context>
<context>
    <name>steward::PredictionsPanel</name>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Predicciones</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Mean confidence</source>
        <translation>Confianza media</translation>
    </message>
    <message>
        <source>Confidence distribution</source>
        <translation>Distribución de la confianza</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <source>Mean latency</source>
        <translation>Latencia media</translation>
    </message>
    <message>
        <source>Max latency</source>
        <translation>Latencia máxima</translation>
    </message>
    <message>
        <source>Predictions are not available for this database: the %1 profile has no prediction log.</source>
        <translation>Las predicciones no están disponibles para esta base de datos: el perfil %1 no tiene registro de predicciones.</translation>
    </message>
    <message>
        <source>No predictions in this period.</source>
        <translation>No hay predicciones en este periodo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Confidence of %1 predictions
%2</source>
        <translation>Confianza de %1 predicciones
%2</translation>
    </message>
    <message>
        <source>%1 of %2 predictions whose outcome is known were right</source>
        <translation>%1 de %2 predicciones con resultado conocido acertaron</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>steward::ReportDialog</name>
    <message>
        <source>Export compliance report</source>
        <translation>Exportar informe de cumplimiento</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;From (UTC)</source>
        <translation>&amp;Desde (UTC)</translation>
    </message>
    <message>
        <source>&amp;To (UTC, inclusive)</source>
        <translation>&amp;Hasta (UTC, inclusive)</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>&amp;Guardar como</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Guardar el informe como</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;HTML (*.html);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>El periodo empieza después de terminar.</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Elija dónde guardar el informe.</translation>
    </message>
    <message>
        <source>The file name must end in .pdf, .html or .csv.</source>
        <translation>El nombre del archivo debe terminar en .pdf, .html o .csv.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
</context>
<context>
    <name>steward::ReportExporter</name>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>The report was cancelled; nothing was written.</source>
        <translation>Se canceló el informe; no se escribió nada.</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>El informe se escribió en %1.</translation>
    </message>
</context>
<context>
    <name>steward::ReviewActions</name>
    <message>
        <source>✓ Approve</source>
        <translation>✓ Aprobar</translation>
    </message>
    <message>
        <source>✗ Reject…</source>
        <translation>✗ Rechazar…</translation>
    </message>
    <message>
        <source>↩ Request rollback…</source>
        <translation>↩ Solicitar reversión…</translation>
    </message>
    <message>
        <source>Approve rollback…</source>
        <translation>Aprobar reversión…</translation>
    </message>
    <message>
        <source>Deny rollback…</source>
        <translation>Denegar reversión…</translation>
    </message>
    <message>
        <source>Select a suggestion first.</source>
        <translation>Seleccione primero una sugerencia.</translation>
    </message>
    <message>
        <source>Select one suggestion: a rollback request is made for one at a time.</source>
        <translation>Seleccione una sugerencia: las reversiones se solicitan de una en una.</translation>
    </message>
    <message>
        <source>There is no open rollback request for the selected item.</source>
        <translation>No hay ninguna solicitud de reversión abierta para el elemento seleccionado.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the %1 selected suggestions</source>
        <translation>las %1 sugerencias seleccionadas</translation>
    </message>
    <message>
        <source>the selected suggestion</source>
        <translation>la sugerencia seleccionada</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>Aprobar %1</translation>
    </message>
    <message>
        <source>Reject %1, with a comment</source>
        <translation>Rechazar %1, con un comentario</translation>
    </message>
    <message>
        <source>Ask a manager to roll the applied suggestion back</source>
        <translation>Pedir a un responsable que revierta la sugerencia aplicada</translation>
    </message>
    <message>
        <source>Approve the rollback request</source>
        <translation>Aprobar la solicitud de reversión</translation>
    </message>
    <message>
        <source>Deny the rollback request, with a comment</source>
        <translation>Denegar la solicitud de reversión, con un comentario</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 y %2 más</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>%1 %2 items: %3.</source>
        <translation>%1 %2 elementos: %3.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 %2 of %3%4. %5: %6</source>
        <translation>%1 %2 de %3%4. %5: %6</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Approve suggestions</source>
        <translation>Aprobar sugerencias</translation>
    </message>
    <message>
        <source>Approve these %1 suggestions? Each is decided on its own: any that someone else has decided in the meantime is left as it is.</source>
        <translation>¿Aprobar estas %1 sugerencias? Cada una se decide por separado: las que otra persona haya decidido mientras tanto se quedan como están.</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>No aprobada</translation>
    </message>
    <message>
        <source>these %1 suggestions</source>
        <translation>estas %1 sugerencias</translation>
    </message>
    <message>
        <source>this suggestion</source>
        <translation>esta sugerencia</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Why are you rejecting %1? The comment goes into the audit trail.</source>
        <translation>¿Por qué rechaza %1? El comentario queda en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>Rechazar %1</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Not rejected</source>
        <translation>No rechazada</translation>
    </message>
    <message>
        <source>Request rollback</source>
        <translation>Solicitar reversión</translation>
    </message>
    <message>
        <source>Why should this applied suggestion be rolled back? A manager other than you approves or denies the request.</source>
        <translation>¿Por qué debe revertirse esta sugerencia aplicada? Otro responsable aprueba o deniega la solicitud.</translation>
    </message>
    <message>
        <source>Rollback requested for</source>
        <translation>Reversión solicitada para</translation>
    </message>
    <message>
        <source>No rollback requested for</source>
        <translation>No hay reversión solicitada para</translation>
    </message>
    <message>
        <source>Approve rollback</source>
        <translation>Aprobar reversión</translation>
    </message>
    <message>
        <source>%1 asked: “%2”. Approving rolls the %3 back now. A comment is optional.</source>
        <translation>%1 pidió: “%2”. Aprobar revierte ahora %3. El comentario es opcional.</translation>
    </message>
    <message>
        <source>Rollback approved:</source>
        <translation>Reversión aprobada:</translation>
    </message>
    <message>
        <source>Rollback not approved:</source>
        <translation>Reversión no aprobada:</translation>
    </message>
    <message>
        <source>Deny rollback</source>
        <translation>Denegar reversión</translation>
    </message>
    <message>
        <source>%1 asked: “%2”. Why is the rollback denied?</source>
        <translation>%1 pidió: “%2”. ¿Por qué se deniega la reversión?</translation>
    </message>
    <message>
        <source>Rollback denied:</source>
        <translation>Reversión denegada:</translation>
    </message>
    <message>
        <source>Rollback not denied:</source>
        <translation>Reversión no denegada:</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No hay ninguna base de datos abierta.</translation>
    </message>
    <message>
        <source>Not for suggestion %1: %2</source>
        <translation>No para la sugerencia %1: %2</translation>
    </message>
</context>
<context>
    <name>steward::RollbackRequestModel</name>
    <message>
        <source>model version %1</source>
        <translation>versión de modelo %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Solicitada por</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <source>Decision comment</source>
        <translation>Comentario de la decisión</translation>
    </message>
    <message>
        <source>Requested (UTC)</source>
        <translation>Solicitada (UTC)</translation>
    </message>
</context>
<context>
    <name>steward::RollbackRequestsPanel</name>
    <message>
        <source>Open requests</source>
        <translation>Solicitudes abiertas</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Todas las solicitudes</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegada</translation>
    </message>
    <message>
        <source>Requests to roll back an applied suggestion, a model version or a deployment. The requester cannot decide their own request.</source>
        <translation>Solicitudes para revertir una sugerencia aplicada, una versión de modelo o un despliegue. Quien la solicita no puede decidir su propia solicitud.</translation>
    </message>
</context>
<context>
    <name>steward::Session</name>
    <message>
        <source>no database is open</source>
        <translation>no hay ninguna base de datos abierta</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No hay ninguna base de datos abierta.</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>La base de datos está abierta en solo lectura.</translation>
    </message>
    <message>
        <source>This database has no Steward tables yet (File ▸ Initialise Steward tables).</source>
        <translation>Esta base de datos aún no tiene tablas de Steward (Archivo ▸ Inicializar tablas de Steward).</translation>
    </message>
</context>
<context>
    <name>steward::SnapshotActions</name>
    <message>
        <source>&amp;Export snapshot…</source>
        <translation>&amp;Exportar instantánea…</translation>
    </message>
    <message>
        <source>Copy the open database into one verifiable SQLite file for offline inspection</source>
        <translation>Copiar la base de datos abierta en un único archivo SQLite verificable para inspeccionarlo sin conexión</translation>
    </message>
    <message>
        <source>Co&amp;mpare with snapshot…</source>
        <translation>Co&amp;mparar con instantánea…</translation>
    </message>
    <message>
        <source>What changed since a snapshot: suggestions, violations, model versions, audit trail</source>
        <translation>Qué cambió desde una instantánea: sugerencias, infracciones, versiones de modelo, auditoría</translation>
    </message>
    <message>
        <source>Export snapshot</source>
        <translation>Exportar instantánea</translation>
    </message>
    <message>
        <source>Steward snapshots (*.sqlite);;All files (*)</source>
        <translation>Instantáneas de Steward (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Compare with snapshot</source>
        <translation>Comparar con instantánea</translation>
    </message>
    <message>
        <source>Steward snapshots (*.sqlite *.db);;All files (*)</source>
        <translation>Instantáneas de Steward (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>steward::SnapshotBanner</name>
    <message>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <source>Each table&apos;s row count and digest, as the manifest records them and as the file holds them</source>
        <translation>Filas y resumen de cada tabla, según el manifiesto y según el archivo</translation>
    </message>
    <message>
        <source>&lt;b&gt;This file carries a damaged snapshot manifest.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Este archivo contiene un manifiesto de instantánea dañado.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>✗ Cannot be verified</source>
        <translation>✗ No se puede verificar</translation>
    </message>
    <message>
        <source>Verifying digests…</source>
        <translation>Verificando resúmenes…</translation>
    </message>
    <message>
        <source>✗ Digests could not be checked</source>
        <translation>✗ No se pudieron comprobar los resúmenes</translation>
    </message>
    <message>
        <source>✓ Digests verify</source>
        <translation>✓ Los resúmenes coinciden</translation>
    </message>
    <message>
        <source>Every table&apos;s rows match the SHA-256 digest recorded at export.</source>
        <translation>Las filas de todas las tablas coinciden con el resumen SHA-256 registrado al exportar.</translation>
    </message>
    <message>
        <source>✗ Does not verify</source>
        <translation>✗ No coincide</translation>
    </message>
    <message>
        <source>✗ Does not verify: %1</source>
        <translation>✗ No coincide: %1</translation>
    </message>
    <message>
        <source>Snapshot manifest</source>
        <translation>Manifiesto de la instantánea</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>SHA-256 (manifest)</source>
        <translation>SHA-256 (manifiesto)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Secrets left out</source>
        <translation>Secretos excluidos</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>sin comprobar</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only snapshot&lt;/b&gt; of %1 · exported %2 by &lt;b&gt;%3&lt;/b&gt; with Steward %4 · %5 tables, %6 rows · time left and ages as of the export</source>
        <translation>&lt;b&gt;Instantánea de solo lectura&lt;/b&gt; de %1 · exportada el %2 por &lt;b&gt;%3&lt;/b&gt; con Steward %4 · %5 tablas, %6 filas · tiempo restante y antigüedades a fecha de la exportación</translation>
    </message>
</context>
<context>
    <name>steward::SnapshotDiffModel</name>
    <message>
        <source>(new)</source>
        <translation>(nuevo)</translation>
    </message>
    <message>
        <source>(gone)</source>
        <translation>(ya no existe)</translation>
    </message>
    <message>
        <source>appeared</source>
        <translation>apareció</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminada</translation>
    </message>
</context>
<context>
    <name>steward::StatusIndicators</name>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (no Steward tables)</source>
        <translation>%1 (sin tablas de Steward)</translation>
    </message>
    <message>
        <source>Read-write</source>
        <translation>Lectura y escritura</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>Read-only · not checked</source>
        <translation>Solo lectura · sin comprobar</translation>
    </message>
    <message>
        <source>This file is too large for the integrity check at opening (quick_check), so it was skipped. It is still read defensively: nothing stored in it runs, and it is not changed. A damaged page shows as an error where it is read.</source>
        <translation>Este archivo es demasiado grande para la comprobación de integridad al abrirlo (quick_check), así que se omitió. Se sigue leyendo de forma defensiva: nada de lo que contiene se ejecuta y no se modifica. Una página dañada aparece como error donde se lee.</translation>
    </message>
    <message>
        <source>Nothing can be written through this connection.</source>
        <translation>No se puede escribir nada a través de esta conexión.</translation>
    </message>
    <message>
        <source>Times in UTC · as of %1</source>
        <translation>Horas en UTC · a fecha de %1</translation>
    </message>
    <message>
        <source>This is a snapshot: time left, overdue items and ages are measured against the moment it was exported, not against today.</source>
        <translation>Es una instantánea: el tiempo restante, los elementos vencidos y las antigüedades se miden respecto al momento de la exportación, no respecto a hoy.</translation>
    </message>
    <message>
        <source>Times in UTC</source>
        <translation>Horas en UTC</translation>
    </message>
    <message>
        <source>Every time Steward shows is in UTC, as the audit trail records it.</source>
        <translation>Todas las horas que muestra Steward están en UTC, tal como las registra el registro de auditoría.</translation>
    </message>
    <message>
        <source>No known tables</source>
        <translation>Sin tablas conocidas</translation>
    </message>
    <message>
        <source>Steward recognises none of the systems it knows from this database&apos;s tables and columns; each view says what it needs.</source>
        <translation>Steward no reconoce ninguno de los sistemas que conoce en las tablas y columnas de esta base de datos; cada vista indica lo que necesita.</translation>
    </message>
    <message>
        <source>Chosen with --profile (%1). Found: %2.</source>
        <translation>Elegido con --profile (%1). Encontrado: %2.</translation>
    </message>
    <message>
        <source>Recognised from its tables and columns (profile %1). Found: %2.</source>
        <translation>Reconocido por sus tablas y columnas (perfil %1). Encontrado: %2.</translation>
    </message>
    <message>
        <source>%1 · clients: %2</source>
        <translation>%1 · clientes: %2</translation>
    </message>
</context>
<context>
    <name>steward::SuggestionDetailPane</name>
    <message>
        <source>Raw JSON</source>
        <translation>JSON sin procesar</translation>
    </message>
    <message>
        <source>Show the stored JSON of the diff and metrics (Ctrl+U)</source>
        <translation>Mostrar el JSON guardado del diff y de las métricas (Ctrl+U)</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Relativo</translation>
    </message>
    <message>
        <source>Metrics, before and after</source>
        <translation>Métricas, antes y después</translation>
    </message>
    <message>
        <source>Parameter changes</source>
        <translation>Cambios de parámetros</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>No suggestion selected</source>
        <translation>Ninguna sugerencia seleccionada</translation>
    </message>
    <message>
        <source>Select a suggestion in the queue to review it.</source>
        <translation>Seleccione una sugerencia de la cola para revisarla.</translation>
    </message>
    <message>
        <source>cycle %1 (%2)</source>
        <translation>ciclo %1 (%2)</translation>
    </message>
    <message>
        <source>cycle %1</source>
        <translation>ciclo %1</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2)</source>
        <translation>%1 no es JSON válido (%2)</translation>
    </message>
    <message>
        <source>⚠ %1. Raw JSON (Ctrl+U) shows it exactly as stored.</source>
        <translation>⚠ %1. JSON sin procesar (Ctrl+U) lo muestra exactamente como está guardado.</translation>
    </message>
    <message>
        <source>↩ Rollback requested by &lt;b&gt;%1&lt;/b&gt; on %2: “%3”. A manager other than %1 decides it.</source>
        <translation>↩ Reversión solicitada por &lt;b&gt;%1&lt;/b&gt; el %2: “%3”. La decide un responsable distinto de %1.</translation>
    </message>
    <message>
        <source>(no reasoning given)</source>
        <translation>(sin razonamiento)</translation>
    </message>
    <message>
        <source>This suggestion names no improvement cycle.</source>
        <translation>Esta sugerencia no menciona ningún ciclo de mejora.</translation>
    </message>
    <message>
        <source>Cycle %1 is not in improvement_cycles.</source>
        <translation>El ciclo %1 no está en improvement_cycles.</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Historial (%1)</translation>
    </message>
    <message>
        <source>parameter_diff is not valid JSON; as stored:</source>
        <translation>parameter_diff no es JSON válido; tal como está guardado:</translation>
    </message>
    <message>
        <source>Closer to zero is better</source>
        <translation>Cuanto más cerca de cero, mejor</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Cuanto más bajo, mejor</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Cuanto más alto, mejor</translation>
    </message>
    <message>
        <source>No rule for %1: changes are not coloured</source>
        <translation>No hay regla para %1: los cambios no se colorean</translation>
    </message>
    <message>
        <source>%1 — measured on |%2|, the distance from zero: |after| − |before|, and relative to |before|</source>
        <translation>%1 — medido sobre |%2|, la distancia a cero: |después| − |antes|, y relativo a |antes|</translation>
    </message>
    <message>
        <source>first seen %1 ago</source>
        <translation>vista por primera vez hace %1</translation>
    </message>
</context>
<context>
    <name>steward::SuggestionFilterBar</name>
    <message>
        <source>Search summaries and reasoning (Ctrl+F)</source>
        <translation>Buscar en resúmenes y razonamientos (Ctrl+F)</translation>
    </message>
    <message>
        <source>Matches the text literally: %, _ and quotes match themselves.</source>
        <translation>Busca el texto literal: %, _ y las comillas se buscan tal cual.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Any cycle</source>
        <translation>Cualquier ciclo</translation>
    </message>
    <message>
        <source>An improvement cycle id; the detail pane can fill it in (&quot;only this cycle&quot;).</source>
        <translation>Un id de ciclo de mejora; el panel de detalle puede rellenarlo (&quot;solo este ciclo&quot;).</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>%1 suggestions · &lt;b&gt;%2 pending&lt;/b&gt;</source>
        <translation>%1 sugerencias · &lt;b&gt;%2 pendientes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 suggestions</source>
        <translation>%1 sugerencias</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>steward::SuggestionQueueModel</name>
    <message>
        <source>Change in %1 (after − before)</source>
        <translation>Cambio en %1 (después − antes)</translation>
    </message>
    <message>
        <source>Δ %1</source>
        <translation>Δ %1</translation>
    </message>
    <message>
        <source>Click to sort; a third click returns to the queue order</source>
        <translation>Haga clic para ordenar; un tercer clic vuelve al orden de la cola</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>Cycle state</source>
        <translation>Estado del ciclo</translation>
    </message>
    <message>
        <source>Created %1, %2 ago</source>
        <translation>Creada el %1, hace %2</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Creada el %1</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Creado (UTC)</translation>
    </message>
    <message>
        <source>First seen by Steward on %1 (%2 ago). The pipeline does not record when it made a suggestion; this is when Steward first found it in the database.</source>
        <translation>Visto por primera vez por Steward el %1 (hace %2). El pipeline no registra cuándo hizo una sugerencia; esto es cuándo Steward la encontró por primera vez en la base de datos.</translation>
    </message>
    <message>
        <source>No age: this database has no Steward tables yet, so Steward keeps no record of when it first saw each suggestion (File ▸ Initialise Steward tables).</source>
        <translation>Sin antigüedad: esta base de datos aún no tiene tablas de Steward, así que Steward no registra cuándo vio cada sugerencia por primera vez (Archivo ▸ Inicializar tablas de Steward).</translation>
    </message>
    <message>
        <source>No age yet: Steward records when it first sees a suggestion each time the database is opened read-write, and it has not been since this suggestion arrived.</source>
        <translation>Aún sin antigüedad: Steward registra cuándo ve una sugerencia por primera vez cada vez que la base de datos se abre en lectura y escritura, y no se ha abierto así desde que llegó esta sugerencia.</translation>
    </message>
    <message>
        <source>How long ago Steward first saw each suggestion (the pipeline records no creation time). Click to sort, oldest first; a third click returns to the queue order</source>
        <translation>Cuánto hace que Steward vio cada sugerencia por primera vez (el pipeline no registra la hora de creación). Haga clic para ordenar, la más antigua primero; un tercer clic vuelve al orden de la cola</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
</context>
<context>
    <name>steward::SuggestionsPage</name>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Rollback requests</source>
        <translation>Solicitudes de reversión</translation>
    </message>
    <message>
        <source>Next suggestion</source>
        <translation>Siguiente sugerencia</translation>
    </message>
    <message>
        <source>Previous suggestion</source>
        <translation>Sugerencia anterior</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source> &amp;nbsp;·&amp;nbsp; &lt;b&gt;F1&lt;/b&gt; all shortcuts</source>
        <translation> &amp;nbsp;·&amp;nbsp; &lt;b&gt;F1&lt;/b&gt; todos los atajos</translation>
    </message>
    <message>
        <source>Could not read the queue: %1</source>
        <translation>No se pudo leer la cola: %1</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>aprobar</translation>
    </message>
    <message>
        <source>reject (asks for a comment)</source>
        <translation>rechazar (pide un comentario)</translation>
    </message>
    <message>
        <source>next / previous</source>
        <translation>siguiente / anterior</translation>
    </message>
    <message>
        <source>request rollback</source>
        <translation>solicitar reversión</translation>
    </message>
    <message>
        <source>search</source>
        <translation>buscar</translation>
    </message>
    <message>
        <source>raw JSON</source>
        <translation>JSON sin procesar</translation>
    </message>
    <message>
        <source>select several for a bulk decision</source>
        <translation>seleccionar varias para una decisión en bloque</translation>
    </message>
    <message>
        <source>approve / deny a rollback request (managers)</source>
        <translation>aprobar / denegar una solicitud de reversión (responsables)</translation>
    </message>
    <message>
        <source>back from the search to the queue</source>
        <translation>de la búsqueda a la cola</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Ninguna base de datos abierta</translation>
    </message>
    <message>
        <source>The queue is empty</source>
        <translation>La cola está vacía</translation>
    </message>
    <message>
        <source>Nothing matches the filters</source>
        <translation>Nada coincide con los filtros</translation>
    </message>
    <message>
        <source>There are no suggestions in this database.</source>
        <translation>No hay sugerencias en esta base de datos.</translation>
    </message>
    <message>
        <source>Change or clear the filters to see more suggestions.</source>
        <translation>Cambie o borre los filtros para ver más sugerencias.</translation>
    </message>
    <message>
        <source>No suggestion selected</source>
        <translation>Ninguna sugerencia seleccionada</translation>
    </message>
    <message>
        <source>Select a suggestion in the queue to review it.</source>
        <translation>Seleccione una sugerencia de la cola para revisarla.</translation>
    </message>
    <message>
        <source>Could not read this suggestion</source>
        <translation>No se pudo leer esta sugerencia</translation>
    </message>
    <message>
        <source>%1 suggestions are selected; a bulk decision takes at most %2.</source>
        <translation>Hay %1 sugerencias seleccionadas; una decisión en bloque admite como máximo %2.</translation>
    </message>
    <message>
        <source>No request selected</source>
        <translation>Ninguna solicitud seleccionada</translation>
    </message>
    <message>
        <source>Select a rollback request to see what it would roll back.</source>
        <translation>Seleccione una solicitud de reversión para ver qué revertiría.</translation>
    </message>
    <message>
        <source>Roll %1 back to %2 %3</source>
        <translation>Revertir %1 a %2 %3</translation>
    </message>
    <message>
        <source>Requested by %1: “%2”. Active when requested: %3.</source>
        <translation>Solicitada por %1: “%2”. Activa al solicitarla: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Rollback requests (%1)</source>
        <translation>Solicitudes de reversión (%1)</translation>
    </message>
    <message>
        <source>Reading this suggestion…</source>
        <translation>Leyendo esta sugerencia…</translation>
    </message>
</context>
<context>
    <name>steward::SummaryPanel</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
</context>
<context>
    <name>steward::TablesPage</name>
    <message>
        <source>Could not read rows: %1</source>
        <translation>No se pudieron leer las filas: %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 — %2 rows, %3 columns</source>
        <translation>%1 — %2 filas, %3 columnas</translation>
    </message>
    <message>
        <source> · %1 hidden: secrets are never shown</source>
        <translation> · %1 oculto: los secretos nunca se muestran</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
</context>
<context>
    <name>steward::VersionComparisonModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1: lower is better</source>
        <translation>%1: cuanto más bajo, mejor</translation>
    </message>
    <message>
        <source>%1: higher is better</source>
        <translation>%1: cuanto más alto, mejor</translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <translation>%1 no tiene %2</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 de %2: %3</translation>
    </message>
    <message>
        <source> (best)</source>
        <translation> (mejor)</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>
(baseline)</source>
        <translation>
(referencia)</translation>
    </message>
    <message>
        <source>%1: closer to zero is better; changes are of %2, the distance from zero</source>
        <translation>%1: más cerca de cero es mejor; los cambios son de %2, la distancia a cero</translation>
    </message>
</context>
<context>
    <name>steward::VersionListProxy</name>
    <message>
        <source>%1  ● active</source>
        <translation>%1  ● activa</translation>
    </message>
    <message>
        <source>%1 is the active version</source>
        <translation>%1 es la versión activa</translation>
    </message>
    <message>
        <source>%1 is the newest version, which the pipeline loads while no version is set</source>
        <translation>%1 es la versión más reciente, la que carga el pipeline mientras no se fije ninguna</translation>
    </message>
    <message>
        <source>created_at %1</source>
        <translation>created_at %1</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Trained (UTC)</source>
        <translation>Entrenada (UTC)</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>Training samples</source>
        <translation>Muestras de entrenamiento</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Job started</source>
        <translation>Trabajo iniciado</translation>
    </message>
    <message>
        <source>Job finished</source>
        <translation>Trabajo finalizado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>worse: %1</source>
        <translation>peor: %1</translation>
    </message>
    <message>
        <source>The first version of this client: there is nothing before it to compare with.</source>
        <translation>La primera versión de este cliente: no hay nada anterior con que compararla.</translation>
    </message>
    <message>
        <source>%1 is worse than in the previous version.</source>
        <translation>%1 es peor que en la versión anterior.</translation>
    </message>
    <message>
        <source>Against the previous version, %1:</source>
        <translation>Frente a la versión anterior, %1:</translation>
    </message>
    <message>
        <source>Against the active version, %1:</source>
        <translation>Frente a la versión activa, %1:</translation>
    </message>
    <message>
        <source>vs previous</source>
        <translation>frente a la anterior</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <source>%1 is the active version, as the system that trained it marks it</source>
        <translation>%1 es la versión activa, según la marca el sistema que la entrenó</translation>
    </message>
    <message>
        <source>The metrics that got worse than in the version trained before (lower wmape, mae and |bias|, higher accuracy are better). Point at a cell for every change, against the previous and the active version. Sorting by this column orders the versions by how the metric chosen for the chart moved against the previous version: largest regressions first when descending.</source>
        <translation>Las métricas que empeoraron respecto a la versión entrenada antes (wmape, mae y |bias| más bajos y accuracy más alta son mejores). Señale una celda para ver cada cambio, frente a la versión anterior y a la activa. Ordenar por esta columna ordena las versiones según cómo cambió la métrica elegida para el gráfico frente a la versión anterior: en orden descendente, primero los mayores empeoramientos.</translation>
    </message>
</context>
<context>
    <name>steward::ViewCsvExport</name>
    <message>
        <source>Exporting to CSV…</source>
        <translation>Exportando a CSV…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Exporting to CSV… %1 rows</source>
        <translation>Exportando a CSV… %1 filas</translation>
    </message>
</context>
<context>
    <name>steward::ViolationActions</name>
    <message>
        <source>Start &amp;investigation</source>
        <translation>Empezar &amp;investigación</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Resolver…</translation>
    </message>
    <message>
        <source>&amp;False positive…</source>
        <translation>&amp;Falso positivo…</translation>
    </message>
    <message>
        <source>Back to &amp;open…</source>
        <translation>Volver a &amp;abierta…</translation>
    </message>
    <message>
        <source>Reo&amp;pen…</source>
        <translation>Reabri&amp;r…</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>&amp;Comentar…</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Asignar</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Asignar a</translation>
    </message>
    <message>
        <source>Select a violation first.</source>
        <translation>Seleccione primero una infracción.</translation>
    </message>
    <message>
        <source>Take it up: it becomes investigating and is assigned to its assignee, or to you (Alt+I)</source>
        <translation>Tomarla: pasa a investigación y se asigna a su responsable, o a usted (Alt+I)</translation>
    </message>
    <message>
        <source>Close it as resolved; you write what was done (Alt+R)</source>
        <translation>Cerrarla como resuelta; usted escribe qué se hizo (Alt+R)</translation>
    </message>
    <message>
        <source>Close it as a false positive; you write why (Alt+F)</source>
        <translation>Cerrarla como falso positivo; usted escribe por qué (Alt+F)</translation>
    </message>
    <message>
        <source>Hand the investigation back to the open queue (Alt+O)</source>
        <translation>Devolver la investigación a la cola abierta (Alt+O)</translation>
    </message>
    <message>
        <source>Open it again; its resolution is kept in the audit trail (Alt+P)</source>
        <translation>Abrirla de nuevo; su resolución queda en el registro de auditoría (Alt+P)</translation>
    </message>
    <message>
        <source>Add a comment to its timeline (Alt+C)</source>
        <translation>Añadir un comentario a su cronología (Alt+C)</translation>
    </message>
    <message>
        <source>Choose or type who to assign it to.</source>
        <translation>Elija o escriba a quién asignarla.</translation>
    </message>
    <message>
        <source>Assign it to %1 (Alt+A)</source>
        <translation>Asignarla a %1 (Alt+A)</translation>
    </message>
    <message>
        <source>Violation %1 is under investigation.</source>
        <translation>La infracción %1 está en investigación.</translation>
    </message>
    <message>
        <source>Mark as false positive</source>
        <translation>Marcar como falso positivo</translation>
    </message>
    <message>
        <source>Why is this not a real violation? The justification is recorded with your name and the time.</source>
        <translation>¿Por qué no es una infracción real? La justificación se registra con su nombre y la hora.</translation>
    </message>
    <message>
        <source>Mark false positive</source>
        <translation>Marcar falso positivo</translation>
    </message>
    <message>
        <source>Violation %1 was closed as a false positive.</source>
        <translation>La infracción %1 se cerró como falso positivo.</translation>
    </message>
    <message>
        <source>Resolve violation</source>
        <translation>Resolver infracción</translation>
    </message>
    <message>
        <source>What was done about it? The resolution is recorded with your name and the time.</source>
        <translation>¿Qué se hizo al respecto? La resolución se registra con su nombre y la hora.</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Violation %1 was resolved.</source>
        <translation>La infracción %1 se resolvió.</translation>
    </message>
    <message>
        <source>Back to open</source>
        <translation>Volver a abierta</translation>
    </message>
    <message>
        <source>Why does it go back to the queue? (optional)</source>
        <translation>¿Por qué vuelve a la cola? (opcional)</translation>
    </message>
    <message>
        <source>Violation %1 is open again.</source>
        <translation>La infracción %1 está abierta de nuevo.</translation>
    </message>
    <message>
        <source>Reopen violation</source>
        <translation>Reabrir infracción</translation>
    </message>
    <message>
        <source>Why is it reopened? Its resolution is cleared here and kept in the audit trail.</source>
        <translation>¿Por qué se reabre? Su resolución se borra aquí y se conserva en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Violation %1 was reopened.</source>
        <translation>La infracción %1 se reabrió.</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Your comment is added to the violation&apos;s timeline.</source>
        <translation>Su comentario se añade a la cronología de la infracción.</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Añadir comentario</translation>
    </message>
    <message>
        <source>Comment added to %1.</source>
        <translation>Comentario añadido a %1.</translation>
    </message>
    <message>
        <source>Violation %1 is assigned to %2.</source>
        <translation>La infracción %1 está asignada a %2.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No hay ninguna base de datos abierta.</translation>
    </message>
</context>
<context>
    <name>steward::ViolationDetail</name>
    <message>
        <source>Select a violation to see its details, its timeline and what can be decided.</source>
        <translation>Seleccione una infracción para ver sus detalles, su cronología y qué se puede decidir.</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Infracción</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Model version</source>
        <translation>Versión del modelo</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detectada</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Details (JSON)</source>
        <translation>Detalles (JSON)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>(policy %1 is missing)</source>
        <translation>(falta la política %1)</translation>
    </message>
    <message>
        <source>Show the policy (%1)</source>
        <translation>Mostrar la política (%1)</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(ninguno registrado)</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Show this model version in the Models view</source>
        <translation>Mostrar esta versión de modelo en la vista Modelos</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (hace %2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>none: Steward has no deadline for the severity “%1”</source>
        <translation>ninguno: Steward no tiene plazo para la gravedad “%1”</translation>
    </message>
    <message>
        <source>closed after %1 (deadline %2 d)</source>
        <translation>cerrada tras %1 (plazo %2 d)</translation>
    </message>
    <message>
        <source>closed (deadline %1 d)</source>
        <translation>cerrada (plazo %1 d)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 d for %4)</source>
        <translation>%1 — %2 (%3 d para %4)</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nadie todavía</translation>
    </message>
    <message>
        <source>%1 (assigned by %2, %3)</source>
        <translation>%1 (asignado por %2, %3)</translation>
    </message>
    <message>
        <source>%1
— %2, %3</source>
        <translation>%1
— %2, %3</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(sin texto)</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>(no details)</source>
        <translation>(sin detalles)</translation>
    </message>
    <message>
        <source>⚠ invalid JSON (%1):
%2</source>
        <translation>⚠ JSON no válido (%1):
%2</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>hora desconocida</translation>
    </message>
    <message>
        <source>This database has no Steward tables, so there is no audit trail of decisions.</source>
        <translation>Esta base de datos no tiene tablas de Steward, así que no hay registro de auditoría de decisiones.</translation>
    </message>
    <message>
        <source>nobody assigned; %1 started the investigation, %2</source>
        <translation>sin asignar; %1 inició la investigación, %2</translation>
    </message>
    <message>
        <source>nobody recorded: the monitor set “investigating” without an assignment</source>
        <translation>nadie registrado: el monitor puso «en investigación» sin asignación</translation>
    </message>
    <message>
        <source>Reading violation %1…</source>
        <translation>Leyendo la infracción %1…</translation>
    </message>
</context>
<context>
    <name>steward::ViolationFilterBar</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Violation type</source>
        <translation>Tipo de infracción</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Model version</source>
        <translation>Versión del modelo</translation>
    </message>
    <message>
        <source>Only violations of this model version (exact)</source>
        <translation>Solo infracciones de esta versión de modelo (exacta)</translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation>Solo &amp;vencidas</translation>
    </message>
    <message>
        <source>Not closed and past the deadline for its severity</source>
        <translation>Sin cerrar y pasado el plazo de su gravedad</translation>
    </message>
    <message>
        <source>Search descriptions (Ctrl+F)</source>
        <translation>Buscar en descripciones (Ctrl+F)</translation>
    </message>
    <message>
        <source>Only this policy&apos;s violations; click to show every policy&apos;s</source>
        <translation>Solo las infracciones de esta política; haga clic para ver las de todas</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Todas las gravedades</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Still to do (not closed)</source>
        <translation>Pendientes (sin cerrar)</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Yo (%1)</translation>
    </message>
    <message>
        <source>Policy: %1  ✕</source>
        <translation>Política: %1  ✕</translation>
    </message>
    <message>
        <source>1 violation</source>
        <translation>1 infracción</translation>
    </message>
    <message>
        <source>%1 violations</source>
        <translation>%1 infracciones</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>steward::ViolationHeadlineBar</name>
    <message>
        <source>Show all</source>
        <translation>Mostrar todas</translation>
    </message>
    <message>
        <source>Remove this filter and show every violation</source>
        <translation>Quitar este filtro y mostrar todas las infracciones</translation>
    </message>
    <message>
        <source>Open criticals: %1</source>
        <translation>Críticas abiertas: %1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Vencidas: %1</translation>
    </message>
    <message>
        <source>Unassigned: %1</source>
        <translation>Sin asignar: %1</translation>
    </message>
    <message>
        <source>Critical violations not yet resolved or dismissed. Click to show only these; click again to show all.</source>
        <translation>Infracciones críticas aún no resueltas ni descartadas. Haga clic para mostrar solo estas; vuelva a hacer clic para mostrar todas.</translation>
    </message>
    <message>
        <source>Violations not closed and past the deadline for their severity. Click to show only these; click again to show all.</source>
        <translation>Infracciones no cerradas y pasadas del plazo de su gravedad. Haga clic para mostrar solo estas; vuelva a hacer clic para mostrar todas.</translation>
    </message>
    <message>
        <source>Violations not closed that nobody is assigned to. Click to show only these; click again to show all.</source>
        <translation>Infracciones no cerradas que no están asignadas a nadie. Haga clic para mostrar solo estas; vuelva a hacer clic para mostrar todas.</translation>
    </message>
</context>
<context>
    <name>steward::ViolationQueueModel</name>
    <message>
        <source>“%1” is a severity this version of Steward does not know: it is shown as the monitor wrote it, has no deadline, and only a manager can close it.</source>
        <translation>“%1” es una gravedad que esta versión de Steward no conoce: se muestra como la escribió el monitor, no tiene plazo y solo un responsable puede cerrarla.</translation>
    </message>
    <message>
        <source>“%1” is a status this version of Steward does not know: it is shown as the monitor wrote it.</source>
        <translation>“%1” es un estado que esta versión de Steward no conoce: se muestra como lo escribió el monitor.</translation>
    </message>
    <message>
        <source>Closed %1 after it was detected</source>
        <translation>Cerrada %1 después de detectarse</translation>
    </message>
    <message>
        <source>Detected %1 ago</source>
        <translation>Detectada hace %1</translation>
    </message>
    <message>
        <source>Closed: no deadline applies</source>
        <translation>Cerrada: no se aplica plazo</translation>
    </message>
    <message>
        <source>No deadline for the severity “%1”</source>
        <translation>No hay plazo para la gravedad “%1”</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>sin plazo</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Model version</source>
        <translation>Versión del modelo</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Detected (UTC)</source>
        <translation>Detectada (UTC)</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Violation id</source>
        <translation>Id de la infracción</translation>
    </message>
    <message>
        <source>Resolved (UTC)</source>
        <translation>Resuelta (UTC)</translation>
    </message>
    <message>
        <source>Policy id</source>
        <translation>Id de la política</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Vence %1</translation>
    </message>
</context>
<context>
    <name>steward::WriteDemoDialog</name>
    <message>
        <source>Write a demo database</source>
        <translation>Escribir una base de datos de demostración</translation>
    </message>
    <message>
        <source>A demo database holds a pipeline&apos;s tables filled with realistic data in every workflow state, and Steward&apos;s own tables with four people: alice and carol (analysts), bob (manager) and dave (viewer). You are its admin.</source>
        <translation>Una base de datos de demostración contiene las tablas de una canalización con datos realistas en todos los estados del flujo, y las tablas propias de Steward con cuatro personas: alice y carol (analistas), bob (gerente) y dave (lector). Usted es su administrador.</translation>
    </message>
    <message>
        <source>Forecasting pipeline</source>
        <translation>Canalización de previsión</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>Sistema:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>New file:</source>
        <translation>Archivo nuevo:</translation>
    </message>
    <message>
        <source>Write and open</source>
        <translation>Escribir y abrir</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db)</source>
        <translation>Bases de datos SQLite (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Choose where to write the demo.</source>
        <translation>Elija dónde escribir la demostración.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;No demo was written.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;No se escribió ninguna demostración.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Cancelling: removing what was written…</source>
        <translation>Cancelando: eliminando lo escrito…</translation>
    </message>
</context>
</TS>
