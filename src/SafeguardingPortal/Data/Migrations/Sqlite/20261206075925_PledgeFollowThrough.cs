using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafeguardingPortal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PledgeFollowThrough : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "RenewedAsId",
                table: "Pledges",
                type: "TEXT",
                nullable: true);

            // Before the index, a renewal left the lapsed pledge un-ended: mark each such pledge renewed by the
            // person's next one, so at most one un-ended pledge per person remains for the index to hold.
            migrationBuilder.Sql("""
                UPDATE "Pledges" SET "RenewedAsId" = (
                    SELECT n."Id" FROM "Pledges" n
                    WHERE n."UserId" = "Pledges"."UserId" AND n."WithdrawnAt" IS NULL AND n."PledgedAt" > "Pledges"."PledgedAt"
                    ORDER BY n."PledgedAt" LIMIT 1)
                WHERE "UserId" IS NOT NULL AND "WithdrawnAt" IS NULL AND EXISTS (
                    SELECT 1 FROM "Pledges" n
                    WHERE n."UserId" = "Pledges"."UserId" AND n."WithdrawnAt" IS NULL AND n."PledgedAt" > "Pledges"."PledgedAt");
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Pledges_UserId_Unended",
                table: "Pledges",
                column: "UserId",
                unique: true,
                filter: "\"UserId\" IS NOT NULL AND \"WithdrawnAt\" IS NULL AND \"RenewedAsId\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Pledges_UserId_Unended",
                table: "Pledges");

            migrationBuilder.DropColumn(
                name: "RenewedAsId",
                table: "Pledges");
        }
    }
}
