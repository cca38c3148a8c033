using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace LaserGrains.Gateway.Auth.KeyRing;

/// <summary>The Data Protection key ring in PostgreSQL (lg_data_protection_keys), so every gateway reads the others' sessions and tokens.</summary>
/// <remarks>The framework's interface is synchronous; it reads the ring at start and when it refreshes it (about once a day), not per request.</remarks>
public sealed class PostgresXmlRepository(NpgsqlDataSource db) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var cmd = db.CreateCommand("SELECT xml FROM lg_data_protection_keys ORDER BY id");
        using var reader = cmd.ExecuteReader();
        var elements = new List<XElement>();
        while (reader.Read()) elements.Add(XElement.Parse(reader.GetString(0)));
        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var cmd = db.CreateCommand("INSERT INTO lg_data_protection_keys (friendly_name, xml) VALUES ($1, $2)");
        cmd.Parameters.Add(new() { Value = friendlyName ?? "" });
        cmd.Parameters.Add(new() { Value = element.ToString(SaveOptions.DisableFormatting) });
        cmd.ExecuteNonQuery();
    }
}
