#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QPainter;
class QPaintDevice;

// Flowing page layout on a QPainter, in points (the PDF writer is set to 72 dpi). The report is
// laid out twice: a dry pass without a painter counts the pages ("page N of M" needs M), then the
// painting pass. Every call advances the same way in both passes.
namespace assurance::report {

struct TableColumn {
    QString title;
    qreal weight = 1.0; // share of the table's width
    Qt::Alignment align = Qt::AlignLeft;
    bool mono = false; // digests and ids: monospace, wrapped anywhere
};
struct TableRow {
    QStringList cells;
    bool invalid = false; // the pack line failed its checks: drawn in red
    bool muted = false;   // context rows (outside the range)
};
struct Table {
    std::vector<TableColumn> columns;
    std::vector<TableRow> rows;
};

class ReportCanvas {
public:
    // `painter` null: the dry pass. `device` gives font metrics in both passes.
    ReportCanvas(QPainter *painter, QPaintDevice *device, QSizeF pageSize, std::function<bool()> newPage);

    // The footer's text left of "page N of M"; totalPages 0 while unknown (dry pass).
    void setFooter(const QString &left, int totalPages) {
        m_footer = left;
        m_totalPages = totalPages;
    }
    void setHeader(const QString &header) { m_header = header; }

    int page() const { return m_page; }
    QRectF content() const { return m_content; }
    qreal y() const { return m_y; }
    void advance(qreal dy) { m_y += dy; }
    qreal remaining() const { return m_content.bottom() - m_y; }
    bool ok() const { return m_ok; }
    QPainter *painter() const { return m_painter; } // null in the dry pass

    void pageBreak();
    void ensureSpace(qreal height); // breaks the page when less is left
    void finish();                  // the last page's footer

    QFont font(qreal pointSize, bool bold = false, bool mono = false) const;
    qreal textHeight(const QString &text, const QFont &font, qreal width, int flags) const;

    void heading(const QString &text, int level); // 1: section (starts a page), 2, 3
    // `mono`: a command line or an id, set in monospace on a grey ground and wrapped anywhere.
    void paragraph(const QString &text, qreal pointSize = 9, const QColor &color = QColor(0x33, 0x33, 0x33),
                   bool bold = false, bool mono = false);
    // Label/value rows (values may be monospace).
    void keyValues(const std::vector<std::pair<QString, QString>> &rows, const std::vector<bool> &monoValues,
                   qreal keyWidth = 130);
    // A table that flows over pages, the header repeated on each.
    void table(const Table &table, qreal pointSize = 8);
    // A box of `height` at the current position (a chart, a banner); `paint` draws it when painting.
    void block(qreal height, const std::function<void(QPainter &, const QRectF &)> &paint);

    static const QColor kInk, kMuted, kRule, kInvalid;

private:
    void decoratePage();
    QPainter *m_painter;
    QPaintDevice *m_device;
    QSizeF m_pageSize;
    std::function<bool()> m_newPage;
    QRectF m_content;
    qreal m_y = 0;
    int m_page = 1;
    int m_totalPages = 0;
    QString m_footer, m_header;
    bool m_ok = true;
};

} // namespace assurance::report
