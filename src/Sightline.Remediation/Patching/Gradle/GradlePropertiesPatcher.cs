using Sightline.Core.Model;

namespace Sightline.Remediation.Patching.Gradle;

/// <summary>gradle.properties: declares no dependencies, only the variables build scripts read ("key=value" lines).</summary>
internal sealed class GradlePropertiesPatcher : IManifestPatcher
{
    public string Id => "gradle-properties";

    public Ecosystem Ecosystem => Ecosystem.Maven;

    public bool Handles(string path) => PatchPaths.FileName(path) == "gradle.properties";

    public PatchResult Patch(string path, string text, PatchRequest request) =>
        PatchResult.Unchanged($"{path}: gradle.properties declares no dependencies; patch the variable a build script reads with PatchProperty");

    public PatchResult PatchProperty(string path, string text, string property, string value)
    {
        ArgumentNullException.ThrowIfNull(text);
        var position = 0;
        while (position < text.Length)
        {
            var end = TextEdits.LineEnd(text, position);
            var line = text[position..end];
            var separator = line.IndexOfAny(['=', ':']);
            var trimmed = line.TrimStart('\uFEFF', ' ', '\t');
            if (separator > 0 && !trimmed.StartsWith('#') && !trimmed.StartsWith('!') && line[..separator].Trim('\uFEFF', ' ', '\t') == property)
            {
                var valueStart = position + separator + 1;
                while (valueStart < end && text[valueStart] is ' ' or '\t')
                {
                    valueStart++;
                }

                var valueEnd = end;
                while (valueEnd > valueStart && text[valueEnd - 1] is ' ' or '\t')
                {
                    valueEnd--;
                }

                var current = text[valueStart..valueEnd];
                var rewritten = GradleVersionText.Rewrite(current, value, out var problem, out var satisfied);
                return rewritten is null ? PatchResult.Unchanged($"{path}: {property}: {problem}")
                    : satisfied ? PatchVersions.Satisfied
                    : new PatchResult(TextEdits.Replace(text, valueStart, valueEnd - valueStart, rewritten), [$"{path}: {property} {current} → {rewritten}"]);
            }

            position = end;
            while (position < text.Length && text[position] is '\n' or '\r')
            {
                position++;
            }
        }

        return PatchResult.Unchanged($"{path}: {property} is not defined here");
    }

    /// <summary>A changed property moves resolved versions, so locks are rewritten as for a script.</summary>
    public IReadOnlyList<string>? LockfileCommand(string path, IReadOnlyCollection<string> repositoryFiles) =>
        GradleLocks.Command(path, repositoryFiles);
}
