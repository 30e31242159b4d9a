# Independent reading of a real Gemfile.lock for the exact assertions in RubyGemsRealDataTests.
# usage: python3 expected.py <Gemfile.lock> <test gems> <dev gems> <optional gems> [gems to show...]
# (gem lists comma-separated, read by eye from the Gemfile's groups; every other declared gem is runtime)
import re, sys, collections
path = sys.argv[1]
test, dev, optional = (set(filter(None, a.split(','))) for a in sys.argv[2:5])
sec = None; specs = []; direct = []; checks = {}; bundled = None
for line in open(path):
    line = line.rstrip('\n')
    if not line.strip(): continue
    if not line.startswith(' '): sec = line; src = {}; continue
    if sec in ('GEM', 'GIT', 'PATH'):
        m = re.match(r'^  (\w+): (.*)$', line)
        if m: src[m.group(1)] = m.group(2); continue
        m = re.match(r'^    (\S+) \(([^-)]*)(?:-([^)]*))?\)$', line)
        if m: specs.append([m.group(1), m.group(2), m.group(3), sec, dict(src), []]); continue
        m = re.match(r'^      (\S+)(?: \((.*)\))?$', line)
        if m: specs[-1][5].append((m.group(1), m.group(2)))
    elif sec == 'DEPENDENCIES':
        m = re.match(r'^  (\S+?)!?(?: \((.*)\))?!?$', line); direct.append((m.group(1), m.group(2)))
    elif sec == 'CHECKSUMS':
        m = re.match(r'^  (.*\)) sha256=(\w+)', line)
        if m: checks[m.group(1)] = m.group(2)
    elif sec == 'BUNDLED WITH':
        bundled = line.strip()
nodes = {}
for n, v, p, s, src, deps in specs:
    nodes.setdefault((n, v), set()).update(d for d, _ in deps)
names = collections.defaultdict(list)
for n, v in nodes: names[n].append((n, v))
if bundled and any('bundler' in d for d in nodes.values()) : names['bundler'].append(('bundler', bundled))
print('nodes', len(nodes) + (1 if 'bundler' in names else 0))
print('edges', sum(len([d for d in ds if d in names]) * 1 for ds in nodes.values()) + len([d for d, _ in direct if d in names]))
print('direct', len([d for d, _ in direct if d in names]), 'unresolved direct', [d for d, _ in direct if d not in names])
rank = {'Runtime': 0, 'Optional': 1, 'Dev': 4, 'Test': 5}
best = {}
queue = collections.deque()
for d, _ in direct:
    sc = 'Optional' if d in optional else 'Test' if d in test else 'Dev' if d in dev else 'Runtime'
    for k in names.get(d, []):
        if k not in best or rank[sc] < rank[best[k]]: best[k] = sc; queue.append(k)
while queue:
    k = queue.popleft()
    for d in nodes.get(k, ()):
        for c in names.get(d, []):
            if c not in best or rank[best[k]] < rank[best[c]]: best[c] = best[k]; queue.append(c)
print('scopes', collections.Counter(best.values()))
for n in sys.argv[5:]:
    for k in names.get(n, []):
        print(n, k[1], best.get(k), sorted(nodes.get(k, ())), [s[3] + ' ' + str(s[2]) for s in specs if (s[0], s[1]) == k], checks.get(f'{n} ({k[1]})'))
