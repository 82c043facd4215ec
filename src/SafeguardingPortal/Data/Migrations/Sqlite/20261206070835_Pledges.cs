using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafeguardingPortal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Pledges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Pledges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ProtectedEmail = table.Column<string>(type: "TEXT", nullable: true),
                    Department = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PersonalAction = table.Column<string>(type: "TEXT", maxLength: 140, nullable: true),
                    PledgedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OnWall = table.Column<bool>(type: "INTEGER", nullable: false),
                    ShowName = table.Column<bool>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    QuarantineReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FollowUpSentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Honoured = table.Column<bool>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pledges", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Pledges_PledgedAt",
                table: "Pledges",
                column: "PledgedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Pledges_UserId_PledgedAt",
                table: "Pledges",
                columns: new[] { "UserId", "PledgedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Pledges");
        }
    }
}
