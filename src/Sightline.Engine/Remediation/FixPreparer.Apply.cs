using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Remediation.Patching;

namespace Sightline.Engine.Remediation;

public static partial class FixPreparer
{
    private static void Apply(FileSystemRepository location, PlanStep step, Dictionary<string, Edit> files, List<string> later, List<string> refused)
    {
        if (step.Manifest is not { } manifest || !Enum.TryParse<Ecosystem>(step.Ecosystem, out var ecosystem) || step.To is not { } to)
        {
            refused.Add($"{step.Description}: nothing to edit");
            return;
        }

        if (Patchers.For(ecosystem, manifest) is not { } patcher)
        {
            refused.Add($"{step.Description}: no patcher for {manifest}");
            return;
        }

        if (Load(location, manifest, patcher, files, refused) is not { } edit)
        {
            return;
        }

        var kind = step.Kind == StepKind.Pin ? PatchKind.Pin : PatchKind.Bump;
        var result = patcher.Patch(manifest, edit.Text, new PatchRequest(step.Package, step.From, to, kind));
        if (result.NewText is null && result.Property is { } property)
        {
            result = PatchProperty(location, ecosystem, property, to, files, refused, out edit) ?? result;
        }
        else if (result.NewText is null && result.Problem is not null && kind == PatchKind.Bump && BumpMembers(location, patcher, step, to, files, refused))
        {
            // Declared by workspace members or modules (pnpm/npm workspaces, Maven modules): bumped where declared.
            return;
        }
        else if (result.NewText is null && result.Problem is not null && kind == PatchKind.Bump)
        {
            // The declared version is not this manifest's to change (a parent's management, a BOM): pin it here instead.
            var pin = patcher.Patch(manifest, edit.Text, new PatchRequest(step.Package, step.From, to, PatchKind.Pin));
            result = pin.NewText is not null ? pin with { Changes = [.. pin.Changes, $"(a pin: {result.Problem})"] } : result;
        }

        if (result.NewText is null && result.Problem is null && result.Changes.Count > 0)
        {
            // Cargo and Bundler pin a transitive version in the lockfile only: the command is the change.
            later.AddRange(result.Changes.Select(c => $"{step.Description}: {c}"));
            return;
        }

        if (result.NewText is null)
        {
            if (result.Problem is { } problem)
            {
                refused.Add($"{step.Description}: {problem}" + (result.Property is { } p ? $" (property {p} is defined outside this repository)" : string.Empty));
            }

            return;
        }

        edit.Text = result.NewText;
        edit.Changes.AddRange(result.Changes);
        edit.Steps.Add(step.Id);
    }

    /// <summary>Bumps the package in every other manifest of the same kind in the repository that declares it.</summary>
    private static bool BumpMembers(FileSystemRepository location, IManifestPatcher patcher, PlanStep step, string to, Dictionary<string, Edit> files, List<string> refused)
    {
        var bumped = false;
        foreach (var file in location.Files.Where(f => f != step.Manifest && Patchers.For(patcher.Ecosystem, f)?.Id == patcher.Id))
        {
            if (Load(location, file, patcher, files, refused) is not { } member)
            {
                continue;
            }

            var result = patcher.Patch(file, member.Text, new PatchRequest(step.Package, step.From, to, PatchKind.Bump));
            if (result.NewText is not null)
            {
                member.Text = result.NewText;
                member.Changes.AddRange(result.Changes);
                member.Steps.Add(step.Id);
                bumped = true;
            }
        }

        return bumped;
    }

    private static PatchResult? PatchProperty(FileSystemRepository location, Ecosystem ecosystem, string property, string value, Dictionary<string, Edit> files, List<string> refused, out Edit edit)
    {
        edit = null!;
        foreach (var file in location.Files)
        {
            if (Patchers.For(ecosystem, file) is not { } patcher || Load(location, file, patcher, files, refused) is not { } candidate)
            {
                continue;
            }

            var result = patcher.PatchProperty(file, candidate.Text, property, value);
            if (result.NewText is not null)
            {
                edit = candidate;
                return result;
            }
        }

        return null;
    }

    private static Edit? Load(FileSystemRepository location, string file, IManifestPatcher patcher, Dictionary<string, Edit> files, List<string> refused)
    {
        if (files.TryGetValue(file, out var known))
        {
            return known;
        }

        try
        {
            using var stream = location.OpenRead(file);
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            // Decoded as is: a byte-order mark stays in the text and is written back.
            return files[file] = new Edit(file, Utf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), patcher);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or RepositoryFileException)
        {
            refused.Add($"{file}: cannot read: {ex.Message}");
            return null;
        }
    }

    /// <summary>UTF-8 without emitting a byte-order mark of its own; one read from the file is kept as a character.</summary>
    internal static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
}
