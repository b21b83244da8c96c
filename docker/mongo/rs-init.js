// Run by mongo-1 through localhost (rs-member.sh init): initiates the replica set rs0 once, waits
// until this member is primary, creates the root user once (the localhost exception allows the
// first user before any exists), then the services' databases and users (mongo-init.js, the same
// file the single profile runs). Safe to run again after a restart.
const admin = db.getSiblingDB('admin');
const rootUser = process.env.MONGO_ROOT_USERNAME;
const rootPassword = process.env.MONGO_ROOT_PASSWORD;
const members = ['mongo-1:27017', 'mongo-2:27017', 'mongo-3:27017'];

// hello needs no authentication; an initiated member names its set.
while (db.hello().setName !== 'rs0') {
  try {
    // mongo-1 (priority 2) is the preferred primary.
    rs.initiate({
      _id: 'rs0',
      members: members.map((host, i) => ({ _id: i, host: host, priority: i === 0 ? 2 : 1 })),
    });
  } catch (e) {
    print(`rs-init: initiate not possible yet (${e.message}), retrying`);
    sleep(2000);
  }
}
while (!db.hello().isWritablePrimary) {
  sleep(1000);
}
try {
  admin.createUser({ user: rootUser, pwd: rootPassword, roles: ['root'] });
} catch (e) {
  // 51003: it exists; 13: users exist, so the localhost exception is closed (a restart).
  if (e.code !== 51003 && e.code !== 13) {
    throw e;
  }
}
admin.auth(rootUser, rootPassword);
load('/docker/mongo-init.js');
print('rs-init: replica set rs0 and the service users are ready');
