using Sightline.Ecosystems.PyPI.Shared;

namespace Sightline.Ecosystems.PyPI.PyProject;

/// <summary>What a pyproject.toml says about the project: its name, static version and declarations.</summary>
internal sealed class PyProjectManifest
{
    public string? Name { get; set; }

    /// <summary>The static version; null when absent or listed in [project].dynamic.</summary>
    public string? Version { get; set; }

    /// <summary>The project's own licence: [project] license (string or { text }), else [tool.poetry] license.</summary>
    public string? License { get; set; }

    /// <summary>Every declaration: PEP 621 dependencies and extras, PEP 735 groups, Poetry, pdm and uv dev groups.</summary>
    public List<Declaration> Declarations { get; } = [];
}
