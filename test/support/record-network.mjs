// Loaded with `node --import`: records, into the file named by RECORD_NETWORK_TO, every socket or
// name lookup the program starts (as libuv resources, whichever module asked) and every network
// module it loads. Standard streams (TTY, pipes) are not network and are not recorded.
import { createHook } from 'node:async_hooks';
import { writeFileSync } from 'node:fs';

const NETWORK_RESOURCE = /^(TCP|UDP|TLS|GETADDRINFO|GETNAMEINFO|QUERY|PIPECONNECT|PIPESERVER|HTTP|HTTP2|DNSCHANNEL)/;
// Not dgram: child_process loads it to pass handles between processes; a UDP socket shows as UDPWRAP.
const NETWORK_MODULE = /^NativeModule (https?|http2|tls|dns|_http_\w+|internal\/deps\/undici\/\w+|internal\/http2?\/\w+)$/;

const resources = new Set();
createHook({
  init(_id, type) {
    if (NETWORK_RESOURCE.test(type)) resources.add(type);
  },
}).enable();

process.on('exit', () => {
  const modules = process.moduleLoadList.filter((name) => NETWORK_MODULE.test(name));
  writeFileSync(process.env.RECORD_NETWORK_TO, JSON.stringify({ resources: [...resources], modules }));
});
