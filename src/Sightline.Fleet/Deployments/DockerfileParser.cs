using Sightline.Fleet.Context;
using Sightline.Fleet.Yaml;

namespace Sightline.Fleet.Deployments;

/// <summary>
/// Reads the LABEL, FROM, ARG and ENV instructions of a Dockerfile: a line-based tokenizer that joins
/// continuation lines, drops comments, skips heredoc bodies and honours the escape directive. ARG and ENV
/// defaults are substituted into FROM and LABEL; nothing is ever executed or fetched.
/// </summary>
internal static partial class DockerfileParser
{
    public const int MaxBytes = 1024 * 1024;

    public static (DockerfileInfo Info, IReadOnlyList<ContextProblem> Problems) Parse(Stream stream, string path)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(path);
        var problems = new List<ContextProblem>();
        var text = YamlText.ReadText(stream, MaxBytes, out var refusal);
        if (text is null)
        {
            problems.Add(new ContextProblem(path, null, refusal!));
            return (new DockerfileInfo(path, new Dictionary<string, string>(), []), problems);
        }

        var state = new State(path, problems);
        foreach (var (line, instruction) in Instructions(text))
        {
            state.Apply(line, instruction);
        }

        return (new DockerfileInfo(path, state.Labels, state.BaseImages), problems);
    }

    /// <summary>What the instructions so far have set: variables, stage names, labels, base images.</summary>
    private sealed class State(string path, List<ContextProblem> problems)
    {
        private readonly Dictionary<string, string> _globalArgs = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _variables = new(StringComparer.Ordinal);
        private readonly HashSet<string> _stages = new(StringComparer.OrdinalIgnoreCase);
        private bool _seenFrom;

        public char Escape { get; set; } = '\\';

        public Dictionary<string, string> Labels { get; } = new(StringComparer.Ordinal);

        public List<string> BaseImages { get; } = [];

        public void Apply(int line, string instruction)
        {
            var space = instruction.AsSpan().IndexOfAny(' ', '\t');
            var keyword = (space < 0 ? instruction : instruction[..space]).ToUpperInvariant();
            var arguments = space < 0 ? string.Empty : instruction[(space + 1)..].Trim();
            switch (keyword)
            {
                case "FROM":
                    From(line, arguments);
                    break;
                case "ARG":
                    foreach (var (name, value) in Pairs(line, arguments, legacy: false, _variables))
                    {
                        (_seenFrom ? _variables : _globalArgs)[name] = value;
                        _variables[name] = value;
                    }

                    break;
                case "ENV":
                    foreach (var (name, value) in Pairs(line, arguments, legacy: true, _variables))
                    {
                        _variables[name] = value;
                    }

                    break;
                case "LABEL":
                    foreach (var (name, value) in Pairs(line, arguments, legacy: true, _variables))
                    {
                        Labels[name] = value;
                    }

                    break;
            }
        }

        private void From(int line, string arguments)
        {
            // FROM sees only the ARGs declared before the first FROM, as in Docker.
            var words = Words(line, arguments, _globalArgs)?.Where(w => !w.StartsWith("--", StringComparison.Ordinal)).ToList();
            _seenFrom = true;
            if (words is not { Count: > 0 })
            {
                problems.Add(new ContextProblem(path, line, "FROM without an image"));
                return;
            }

            var image = words[0];
            if (!_stages.Contains(image) && !image.Equals("scratch", StringComparison.OrdinalIgnoreCase) && !BaseImages.Contains(image))
            {
                BaseImages.Add(image);
            }

            if (words.Count >= 3 && words[1].Equals("AS", StringComparison.OrdinalIgnoreCase))
            {
                _stages.Add(words[2]);
            }
        }

        /// <summary>key=value pairs; with <paramref name="legacy"/> also the old "KEY value with spaces" form.</summary>
        private List<(string Name, string Value)> Pairs(int line, string arguments, bool legacy, Dictionary<string, string> variables)
        {
            var words = Words(line, arguments, variables);
            var pairs = new List<(string, string)>();
            if (words is not { Count: > 0 })
            {
                return pairs;
            }

            if (legacy && !words[0].Contains('=', StringComparison.Ordinal))
            {
                // Runs of blanks between the value's words collapse to one space: close enough for labels.
                pairs.Add((words[0], string.Join(' ', words.Skip(1))));
                return pairs;
            }

            foreach (var word in words)
            {
                var equals = word.IndexOf('=', StringComparison.Ordinal);
                if (equals > 0)
                {
                    pairs.Add((word[..equals], word[(equals + 1)..]));
                }
                else if (!legacy && word.Length > 0)
                {
                    pairs.Add((word, string.Empty));
                }
                else
                {
                    problems.Add(new ContextProblem(path, line, $"'{word}' is not a key=value pair; ignored"));
                }
            }

            return pairs;
        }

        private List<string>? Words(int line, string arguments, Dictionary<string, string> variables)
        {
            var words = DockerfileWords.Split(arguments, Escape, name => variables.TryGetValue(name, out var v) ? v : null, out var error);
            if (words is null)
            {
                problems.Add(new ContextProblem(path, line, error + "; instruction ignored"));
            }

            return words;
        }
    }
}
