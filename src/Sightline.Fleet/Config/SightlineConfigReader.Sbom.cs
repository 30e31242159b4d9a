using Sightline.Fleet.Yaml;

namespace Sightline.Fleet.Config;

internal sealed partial class SightlineConfigReader
{
    private SbomConfig Sbom(YamlMapping? section)
    {
        if (section is null)
        {
            return SbomConfig.Empty;
        }

        CheckKeys(section, "sbom.", "supplier");
        var supplier = Text(section.Get("supplier"), "sbom.supplier")?.Trim();
        return new SbomConfig(string.IsNullOrEmpty(supplier) ? null : supplier);
    }
}
