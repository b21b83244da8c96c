// Runs once, when the mongo container starts on an empty data volume
// (/docker-entrypoint-initdb.d, as the root user from MONGO_INITDB_ROOT_*).
// One database and one user per service; each user may only read and write its own database.
// Passwords come from the container environment (see docker-compose.yml).
const services = [
  { db: 'directive', user: 'directive', passwordVar: 'DIRECTIVE_DB_PASSWORD' },
  { db: 'report', user: 'report', passwordVar: 'REPORT_DB_PASSWORD' },
  { db: 'model_registry', user: 'model_registry', passwordVar: 'MODEL_REGISTRY_DB_PASSWORD' },
  { db: 'notification', user: 'notification', passwordVar: 'NOTIFICATION_DB_PASSWORD' },
];

for (const s of services) {
  const password = process.env[s.passwordVar];
  if (!password) {
    throw new Error(`${s.passwordVar} is not set for the mongo container`);
  }
  const target = db.getSiblingDB(s.db);
  if (target.getUser(s.user) === null) {
    target.createUser({ user: s.user, pwd: password, roles: [{ role: 'readWrite', db: s.db }] });
  }
  // A database exists once it holds data: record when and by what it was created.
  target.getCollection('_meta').updateOne(
    { _id: 'created' },
    { $setOnInsert: { at: new Date(), by: 'docker/mongo-init.js' } },
    { upsert: true },
  );
  print(`mongo-init: database ${s.db} with user ${s.user} ready`);
}
