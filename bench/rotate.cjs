// autocannon setupRequest for worker threads (they load it by path, as CommonJS):
// each request takes the next path of the template's own `rotate` list.
'use strict';
let next = 0;
module.exports = function setupRequest(request) {
  const paths = request.rotate;
  if (Array.isArray(paths) && paths.length > 0) request.path = paths[next++ % paths.length];
  return request;
};
