// Run by mongo-1 through localhost (rs-member.sh init): initiates the replica set rs0 once, waits
// until this member is primary, creates the root user once (localhost exception), then the
// services' databases and users (mongo-init.js, the same file the single profile runs).
const admin = db.getSiblingDB('admin');
const rootUser = process.env.MONGO_ROOT_USERNAME;
const rootPassword = process.env.MONGO_ROOT_PASSWORD;
const members = ['mongo-1:27017', 'mongo-2:27017', 'mongo-3:27017'];

function replicaSetStatus() {
  try {
    return admin.runCommand({ replSetGetStatus: 1 });
  } catch (e) {
    return { ok: 0, code: e.code };
  }
}

let status = replicaSetStatus();
if (status.code === 13) {
  // Unauthorized: a restart, the users exist already.
  admin.auth(rootUser, rootPassword);
  status = replicaSetStatus();
}
while (status.code === 94) {
  // NotYetInitialized: mongo-1 (priority 2) is the preferred primary.
  try {
    rs.initiate({
      _id: 'rs0',
      members: members.map((host, i) => ({ _id: i, host: host, priority: i === 0 ? 2 : 1 })),
    });
  } catch (e) {
    print(`rs-init: initiate not possible yet (${e.message}), retrying`);
    sleep(2000);
  }
  status = replicaSetStatus();
}
while (!db.hello().isWritablePrimary) {
  sleep(1000);
}
if (admin.getUser(rootUser) === null) {
  admin.createUser({ user: rootUser, pwd: rootPassword, roles: ['root'] });
}
admin.auth(rootUser, rootPassword);
load('/docker/mongo-init.js');
print('rs-init: replica set rs0 and the service users are ready');
