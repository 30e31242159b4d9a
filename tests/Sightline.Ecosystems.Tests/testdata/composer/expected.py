# Independent reading of a real composer.json + composer.lock for ComposerRealDataTests.
# usage: python3 expected.py <folder> [package names to show...]
import json, re, sys, collections
folder = sys.argv[1]
lock = json.load(open(folder + '/composer.lock'))
root = json.load(open(folder + '/composer.json'))
platform = re.compile(r'^(php(-64bit|-ipv6|-zts|-debug)?|hhvm|(ext|lib)-[^/]+|composer(-plugin-api|-runtime-api)?)$', re.I)
pkgs = [(p, 'Runtime') for p in lock['packages']] + [(p, 'Dev') for p in lock.get('packages-dev') or []]
real, repl, prov = collections.defaultdict(list), collections.defaultdict(list), collections.defaultdict(list)
for i, (p, _) in enumerate(pkgs):
    real[p['name'].lower()].append(i)
    for n in p.get('replace') or {}: repl[n.lower()].append(i)
    for n in p.get('provide') or {}: prov[n.lower()].append(i)
def resolve(n):
    n = n.lower(); return real.get(n) or repl.get(n) or prov.get(n) or []
# names the root project replaces or provides are satisfied by the project itself
own = {n.lower() for sec in ('replace', 'provide') for n in (root.get(sec) or {})}
edges = set(); missing = set()
for i, (p, _) in enumerate(pkgs):
    for n in p.get('require') or {}:
        if platform.match(n): continue
        t = resolve(n)
        if not t and n.lower() not in own: missing.add(n)
        edges.update((i, j) for j in t)
direct = set(); unresolved_direct = []
for sec in ('require', 'require-dev'):
    for n in root.get(sec) or {}:
        if platform.match(n): continue
        t = resolve(n)
        if not t: unresolved_direct.append(n)
        direct.update(t)
print('nodes', len(pkgs), 'runtime', sum(s == 'Runtime' for _, s in pkgs), 'dev', sum(s == 'Dev' for _, s in pkgs))
print('edges', len(edges) + len(direct), 'root edges', len(direct), 'unresolved', sorted(missing), unresolved_direct)
children = collections.defaultdict(list)
for a, b in sorted(edges): children[a].append(b)
for name in sys.argv[2:]:
    i = resolve(name)[0]; p = pkgs[i][0]
    # shortest path from the root, breadth-first
    prev = {j: None for j in direct}; queue = collections.deque(sorted(direct))
    while queue:
        a = queue.popleft()
        for b in children[a]:
            if b not in prev: prev[b] = a; queue.append(b)
    path = []; j = i
    while j is not None and j in prev: path.append(pkgs[j][0]['name']); j = prev[j]
    print(name, p['version'], pkgs[i][1], 'direct' if i in direct else 'transitive', 'notification-url' in p,
          p.get('source', {}).get('url'), p.get('source', {}).get('reference'), repr(p.get('dist', {}).get('shasum')),
          sorted(pkgs[c][0]['name'] for c in children[i]), ' <- '.join(path))
