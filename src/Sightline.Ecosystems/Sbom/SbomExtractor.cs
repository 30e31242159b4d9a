using System.Text.Json;
using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Core.Repositories;

namespace Sightline.Ecosystems.Sbom;

/// <summary>
/// Software bills of materials as input: CycloneDX JSON 1.4–1.6 (1.7 with a warning) and SPDX JSON 2.2–2.3,
/// for artefacts known only by their SBOM. The format is detected from the content, not the file name.
/// Each file gives one graph per ecosystem it lists, all rooted at the SBOM's subject.
/// </summary>
public sealed class SbomExtractor : IEcosystemExtractor
{
    /// <summary>
    /// Larger SBOMs are refused before parsing. cyclonedx-npm spends about 1.2 KB per component (huginn: 96 in
    /// 119 KB), so the cap still holds about 100,000 components.
    /// </summary>
    internal const long DefaultMaxBytes = 128L * 1024 * 1024;

    /// <summary>Past this many, warnings of one file are summarised: a broken generator can emit thousands.</summary>
    private const int MaxWarnings = 100;

    private readonly long _maxBytes;

    public SbomExtractor()
        : this(DefaultMaxBytes)
    {
    }

    internal SbomExtractor(long maxBytes) => _maxBytes = maxBytes;

    public string Id => "sbom";

    /// <summary>
    /// Nominal only: an SBOM spans ecosystems and every graph carries its own. Npm is reported because
    /// the interface needs one value.
    /// </summary>
    public Ecosystem Ecosystem => Ecosystem.Npm;

    public int Version => 2;

    public IReadOnlyList<string> FilePatterns { get; } = ["*.cdx.json", "bom.json", "*.spdx.json", "sbom.json"];

    public ExtractionResult Extract(IRepositoryFiles repository, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(files);
        var result = new ExtractionResult();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            SafeParse.TryRun(file, result, () =>
            {
                using var stream = repository.OpenRead(file);
                result.BytesRead += stream.CanSeek ? stream.Length : 0;
                var (graphs, warnings) = Read(stream, file, _maxBytes);
                result.Graphs.AddRange(graphs);
                foreach (var warning in warnings.Take(MaxWarnings))
                {
                    result.Errors.Add(new ExtractionError(file, warning));
                }

                if (warnings.Count > MaxWarnings)
                {
                    result.Errors.Add(new ExtractionError(file, $"{warnings.Count - MaxWarnings} more warnings not shown"));
                }
            });
        }

        return result;
    }

    /// <summary>Parses one SBOM; throws <see cref="ManifestFormatException"/> or <see cref="JsonException"/> when it cannot.</summary>
    internal static (List<DependencyGraph> Graphs, List<string> Warnings) Read(Stream stream, string path, long maxBytes = DefaultMaxBytes)
    {
        using var json = SbomJson.Load(stream, maxBytes);
        var root = json.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new ManifestFormatException("an SBOM must be a JSON object", 1, 1);
        }

        SbomDocument document;
        if (SbomJson.String(root, "bomFormat") == "CycloneDX")
        {
            document = CycloneDxReader.Read(root);
        }
        else if (SbomJson.String(root, "spdxVersion") is { } spdxVersion)
        {
            document = SpdxReader.Read(root, spdxVersion);
        }
        else
        {
            throw new ManifestFormatException("not a CycloneDX (bomFormat) or SPDX (spdxVersion) JSON document");
        }

        return SbomGraphBuilder.Build(document, path);
    }
}
