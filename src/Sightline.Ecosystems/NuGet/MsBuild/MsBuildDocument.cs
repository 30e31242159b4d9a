namespace Sightline.Ecosystems.NuGet.MsBuild;

/// <summary>
/// The parts of an MSBuild file that decide package dependencies, in document order. Conditions are kept
/// as written (the enclosing group's first, then the element's); all of them must hold.
/// </summary>
internal sealed record MsBuildDocument(string File, IReadOnlyList<MsBuildNode> Nodes);

internal abstract record MsBuildNode(IReadOnlyList<string> Conditions, string File, int Line);

internal sealed record MsBuildProperty(string Name, string Value, IReadOnlyList<string> Conditions, string File, int Line)
    : MsBuildNode(Conditions, File, Line);

/// <summary>An item: exactly one of Include, Update, Remove is normally set. Metadata keys ignore case.</summary>
internal sealed record MsBuildItem(
    string ItemType,
    string? Include,
    string? Update,
    string? Remove,
    IReadOnlyDictionary<string, string> Metadata,
    IReadOnlyList<string> Conditions,
    string File,
    int Line)
    : MsBuildNode(Conditions, File, Line);

/// <summary>An Import; <see cref="Sdk"/> imports come from the SDK and are never followed.</summary>
internal sealed record MsBuildImport(string Project, string? Sdk, IReadOnlyList<string> Conditions, string File, int Line)
    : MsBuildNode(Conditions, File, Line);
