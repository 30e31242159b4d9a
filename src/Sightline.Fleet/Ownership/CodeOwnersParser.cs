namespace Sightline.Fleet.Ownership;

/// <summary>An entry as parsed, before its section's combined settings are known.</summary>
internal sealed record ParsedEntry(int Line, string Pattern, PathPattern Compiled, IReadOnlyList<string> Owners, int Section, bool Exclusion);

/// <summary>
/// Reads a CODEOWNERS file line by line into entries, GitLab sections and problems. Nothing in the input
/// throws: a line the platform would not use is reported and skipped, and the rest is still read.
/// </summary>
internal sealed partial class CodeOwnersParser(CodeOwnersFlavor flavor)
{
    /// <summary>GitHub does not load a CODEOWNERS file of 3 MB or more; we stop reading there for both flavors.</summary>
    public const long MaxBytes = 3L * 1024 * 1024;

    public const int MaxLineChars = 8192;

    public const int MaxProblems = 1000;

    private readonly List<CodeOwnersProblem> _problems = [];

    public List<ParsedEntry> Entries { get; } = [];

    public IReadOnlyList<CodeOwnersProblem> Problems => _problems;

    public void Run(TextReader reader)
    {
        var lines = new BoundedLineReader(reader, MaxLineChars, MaxBytes);
        while (lines.TryRead(out var line))
        {
            if (line.Text is null)
            {
                Report(line.Number, $"line longer than {MaxLineChars} characters; ignored");
            }
            else if (line.HasNul)
            {
                Report(line.Number, "line holds a NUL character (a binary file?); ignored");
            }
            else
            {
                ParseLine(line.Number, line.Text);
            }
        }

        if (lines.OverLimit)
        {
            Entries.Clear();
            _sections.RemoveRange(1, _sections.Count - 1);
            _sectionIds.Clear();
            Report(lines.LinesRead + 1, flavor == CodeOwnersFlavor.GitHub
                ? "CODEOWNERS is over 3 MB, GitHub's limit: GitHub does not load it, so no rule applies"
                : "CODEOWNERS is over 3 MB: not read, so no rule applies");
        }
    }

    private void ParseLine(int number, string text)
    {
        var line = text.AsSpan().TrimStart(Whitespace);
        if (line.IsEmpty || line[0] == '#')
        {
            return;
        }

        if (line[0] == '[' || line.StartsWith("^["))
        {
            if (flavor == CodeOwnersFlavor.GitHub)
            {
                Report(number, "a GitLab section header; GitHub has no sections and ignores the line");
                return;
            }

            if (TryParseSection(number, line))
            {
                return;
            }
        }

        var tokens = Tokenize(line);
        var pattern = tokens[0];
        var exclusion = false;
        if (pattern.StartsWith('!'))
        {
            if (flavor == CodeOwnersFlavor.GitHub)
            {
                Report(number, "negation ('!') does not work in GitHub CODEOWNERS; line ignored");
                return;
            }

            exclusion = true;
            pattern = pattern[1..];
            if (pattern.Length == 0)
            {
                Report(number, "'!' without a pattern; line ignored");
                return;
            }
        }

        if (flavor == CodeOwnersFlavor.GitHub && !CheckGitHubPattern(number, pattern))
        {
            return;
        }

        IReadOnlyList<string>? owners = exclusion ? [] : ReadOwners(number, tokens);
        if (owners is null)
        {
            return;
        }

        if (owners.Count == 0 && !exclusion && flavor == CodeOwnersFlavor.GitLab)
        {
            owners = _currentDefaults;
            if (owners.Count == 0)
            {
                Report(number, "entry has no owners and its section no default owners: GitLab treats it as owned by nobody");
            }
        }

        Entries.Add(new ParsedEntry(number, exclusion ? "!" + pattern : pattern, PathPattern.Compile(pattern, flavor), owners, _currentSection, exclusion));
    }

    private bool CheckGitHubPattern(int number, string pattern)
    {
        if (pattern.StartsWith("\\#", StringComparison.Ordinal))
        {
            Report(number, "escaping a leading '#' with '\\' does not work in GitHub CODEOWNERS; line ignored");
            return false;
        }

        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
            {
                i++;
            }
            else if (pattern[i] == '[')
            {
                Report(number, "character ranges ('[ ]') do not work in GitHub CODEOWNERS; line ignored");
                return false;
            }
        }

        return true;
    }

    private void Report(int line, string message)
    {
        if (_problems.Count < MaxProblems)
        {
            _problems.Add(new CodeOwnersProblem(line, message));
        }
        else if (_problems.Count == MaxProblems)
        {
            _problems.Add(new CodeOwnersProblem(line, $"more than {MaxProblems} problems; the rest are not reported"));
        }
    }
}
