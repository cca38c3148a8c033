using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace LaserGrains.Shared.Secrets;

/// <summary>The one owner of table lg_data_protection_keys: the Data Protection key ring, shared by every process.</summary>
/// <remarks>
/// The interface is synchronous; Data Protection calls it when a process first protects or unprotects and when the
/// ring is refreshed (about once a day), so the blocking round trip is rare and callers in grains offload it.
/// </remarks>
public sealed class PostgresXmlRepository(NpgsqlDataSource dataSource) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var command = dataSource.CreateCommand("SELECT xml FROM lg_data_protection_keys ORDER BY id");
        using var reader = command.ExecuteReader();
        var elements = new List<XElement>();
        while (reader.Read()) elements.Add(XElement.Parse(reader.GetString(0)));
        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var command = dataSource.CreateCommand("INSERT INTO lg_data_protection_keys (friendly_name, xml) VALUES ($1, $2)");
        command.Parameters.AddWithValue(friendlyName ?? "");
        command.Parameters.AddWithValue(element.ToString(SaveOptions.DisableFormatting));
        command.ExecuteNonQuery();
    }
}
