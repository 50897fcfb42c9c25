#include "ReportCanvas.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace assurance::report {

const QColor ReportCanvas::kInk(0x1a, 0x1a, 0x1a);
const QColor ReportCanvas::kMuted(0x6b, 0x6b, 0x6b);
const QColor ReportCanvas::kRule(0xc8, 0xc8, 0xc8);
const QColor ReportCanvas::kInvalid(0xc6, 0x28, 0x28);

namespace {
constexpr qreal kMarginX = 48, kMarginTop = 58, kMarginBottom = 54;
constexpr qreal kCellPadX = 4, kCellPadY = 2.5;
} // namespace

ReportCanvas::ReportCanvas(QPainter *painter, QPaintDevice *device, QSizeF pageSize,
                           std::function<bool()> newPage)
    : m_painter(painter)
    , m_device(device)
    , m_pageSize(pageSize)
    , m_newPage(std::move(newPage))
    , m_content(kMarginX, kMarginTop, pageSize.width() - 2 * kMarginX,
                pageSize.height() - kMarginTop - kMarginBottom) {
    m_y = m_content.top();
}

QFont ReportCanvas::font(qreal pointSize, bool bold, bool mono) const {
    QFont f(mono ? QStringLiteral("DejaVu Sans Mono") : QStringLiteral("DejaVu Sans"));
    f.setStyleHint(mono ? QFont::Monospace : QFont::SansSerif);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: an auditor searches the PDF for "verification", "fingerprint" and copies ids.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

qreal ReportCanvas::textHeight(const QString &text, const QFont &font, qreal width, int flags) const {
    const QFontMetricsF fm(font, m_device);
    if (text.isEmpty())
        return fm.height();
    return fm.boundingRect(QRectF(0, 0, width, 1e6), flags, text).height();
}

void ReportCanvas::decoratePage() {
    if (!m_painter)
        return;
    QPainter &p = *m_painter;
    p.save();
    p.setPen(QPen(kRule, 0.6));
    const qreal footerY = m_pageSize.height() - kMarginBottom + 18;
    p.drawLine(QPointF(m_content.left(), footerY), QPointF(m_content.right(), footerY));
    p.setFont(font(7, false, true));
    p.setPen(kMuted);
    const QRectF footer(m_content.left(), footerY + 3, m_content.width(), 12);
    p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
    p.setFont(font(7.5));
    p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
               QCoreApplication::translate("report", "page %1 of %2").arg(m_page).arg(m_totalPages));
    if (!m_header.isEmpty() && m_page > 1) {
        const qreal headerY = kMarginTop - 22;
        p.drawText(QRectF(m_content.left(), headerY - 12, m_content.width(), 12),
                   Qt::AlignLeft | Qt::AlignVCenter, m_header);
        p.setPen(QPen(kRule, 0.6));
        p.drawLine(QPointF(m_content.left(), headerY + 2), QPointF(m_content.right(), headerY + 2));
    }
    p.restore();
}

void ReportCanvas::pageBreak() {
    decoratePage();
    if (m_painter && !m_newPage())
        m_ok = false;
    ++m_page;
    m_y = m_content.top();
}

void ReportCanvas::ensureSpace(qreal height) {
    if (m_y + height > m_content.bottom() && m_y > m_content.top())
        pageBreak();
}

void ReportCanvas::finish() {
    decoratePage();
}

void ReportCanvas::heading(const QString &text, int level) {
    if (level == 1 && m_y > m_content.top())
        pageBreak();
    const qreal size = level == 1 ? 16 : level == 2 ? 12 : 10;
    const QFont f = font(size, true);
    const qreal h = textHeight(text, f, m_content.width(), Qt::TextWordWrap);
    const qreal before = m_y > m_content.top() ? (level == 1 ? 0 : level == 2 ? 12 : 8) : 0;
    ensureSpace(before + h + 60); // never a heading alone at the bottom of a page
    if (m_y > m_content.top())
        m_y += before;
    if (m_painter) {
        m_painter->setFont(f);
        m_painter->setPen(level == 3 ? QColor(0x2b, 0x4a, 0x6f) : kInk);
        m_painter->drawText(QRectF(m_content.left(), m_y, m_content.width(), h), Qt::TextWordWrap, text);
    }
    m_y += h;
    if (level <= 2) {
        if (m_painter) {
            m_painter->setPen(QPen(level == 1 ? kInk : kRule, level == 1 ? 1.2 : 0.6));
            m_painter->drawLine(QPointF(m_content.left(), m_y + 2), QPointF(m_content.right(), m_y + 2));
        }
        m_y += 6;
    }
    m_y += 4;
}

void ReportCanvas::paragraph(const QString &text, qreal pointSize, const QColor &color, bool bold,
                             bool mono) {
    const QFont f = font(pointSize, bold, mono);
    const qreal indent = mono ? 8 : 0;
    const int flags = mono ? Qt::TextWrapAnywhere : Qt::TextWordWrap;
    const qreal h = textHeight(text, f, m_content.width() - 2 * indent, flags);
    ensureSpace(h);
    if (m_painter) {
        if (mono)
            m_painter->fillRect(QRectF(m_content.left(), m_y - 3, m_content.width(), h + 6),
                                QColor(0xf1, 0xf3, 0xf5));
        m_painter->setFont(f);
        m_painter->setPen(color);
        m_painter->drawText(QRectF(m_content.left() + indent, m_y, m_content.width() - 2 * indent, h), flags,
                            text);
    }
    m_y += h + (mono ? 10 : 4);
}

void ReportCanvas::keyValues(const std::vector<std::pair<QString, QString>> &rows,
                             const std::vector<bool> &monoValues, qreal keyWidth) {
    const QFont keyFont = font(8.5, true);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const bool mono = i < monoValues.size() && monoValues[i];
        const QFont valueFont = font(mono ? 8 : 8.5, false, mono);
        const int flags = mono ? Qt::TextWrapAnywhere : Qt::TextWordWrap;
        const qreal valueWidth = m_content.width() - keyWidth;
        const qreal h = std::max(textHeight(rows[i].first, keyFont, keyWidth - 6, Qt::TextWordWrap),
                                 textHeight(rows[i].second, valueFont, valueWidth, flags)) +
                        2 * kCellPadY;
        ensureSpace(h);
        if (m_painter) {
            QPainter &p = *m_painter;
            p.setFont(keyFont);
            p.setPen(kMuted);
            p.drawText(QRectF(m_content.left(), m_y + kCellPadY, keyWidth - 6, h), Qt::TextWordWrap,
                       rows[i].first);
            p.setFont(valueFont);
            p.setPen(kInk);
            p.drawText(QRectF(m_content.left() + keyWidth, m_y + kCellPadY, valueWidth, h), flags,
                       rows[i].second);
            p.setPen(QPen(QColor(0xe4, 0xe4, 0xe4), 0.5));
            p.drawLine(QPointF(m_content.left(), m_y + h), QPointF(m_content.right(), m_y + h));
        }
        m_y += h;
    }
    m_y += 8;
}

void ReportCanvas::table(const Table &table, qreal pointSize) {
    qreal totalWeight = 0;
    for (const auto &c : table.columns)
        totalWeight += c.weight;
    std::vector<qreal> widths, xs;
    qreal x = m_content.left();
    for (const auto &c : table.columns) {
        xs.push_back(x);
        widths.push_back(m_content.width() * c.weight / totalWeight);
        x += widths.back();
    }
    const QFont headerFont = font(pointSize, true);
    const QFont bodyFont = font(pointSize);
    const QFont monoFont = font(pointSize - 0.5, false, true);
    auto flagsOf = [](const TableColumn &c) {
        return static_cast<int>(c.align) | (c.mono ? Qt::TextWrapAnywhere : Qt::TextWordWrap);
    };
    qreal headerHeight = 0;
    for (std::size_t i = 0; i < table.columns.size(); ++i)
        headerHeight = std::max(headerHeight, textHeight(table.columns[i].title, headerFont,
                                                         widths[i] - 2 * kCellPadX, Qt::TextWordWrap));
    headerHeight += 2 * kCellPadY + 1;
    auto drawHeader = [&] {
        if (m_painter) {
            QPainter &p = *m_painter;
            p.fillRect(QRectF(m_content.left(), m_y, m_content.width(), headerHeight),
                       QColor(0xe9, 0xee, 0xf4));
            p.setFont(headerFont);
            p.setPen(kInk);
            for (std::size_t i = 0; i < table.columns.size(); ++i)
                p.drawText(
                    QRectF(xs[i] + kCellPadX, m_y + kCellPadY, widths[i] - 2 * kCellPadX, headerHeight),
                    static_cast<int>(table.columns[i].align) | Qt::TextWordWrap, table.columns[i].title);
            p.setPen(QPen(QColor(0x9a, 0xa8, 0xb8), 0.8));
            p.drawLine(QPointF(m_content.left(), m_y + headerHeight),
                       QPointF(m_content.right(), m_y + headerHeight));
        }
        m_y += headerHeight;
    };
    ensureSpace(headerHeight * 3);
    drawHeader();
    int stripe = 0;
    for (const auto &row : table.rows) {
        qreal h = 0;
        for (std::size_t i = 0; i < table.columns.size() && i < static_cast<std::size_t>(row.cells.size());
             ++i)
            h = std::max(h, textHeight(row.cells[i], table.columns[i].mono ? monoFont : bodyFont,
                                       widths[i] - 2 * kCellPadX, flagsOf(table.columns[i])));
        h += 2 * kCellPadY;
        if (m_y + h > m_content.bottom()) {
            pageBreak();
            drawHeader();
        }
        if (m_painter) {
            QPainter &p = *m_painter;
            const QRectF band(m_content.left(), m_y, m_content.width(), h);
            if (row.invalid)
                p.fillRect(band, QColor(0xfd, 0xe8, 0xe8));
            else if (stripe % 2)
                p.fillRect(band, QColor(0xf6, 0xf7, 0xf9));
            p.setPen(row.invalid ? kInvalid : row.muted ? kMuted : kInk);
            for (std::size_t i = 0;
                 i < table.columns.size() && i < static_cast<std::size_t>(row.cells.size()); ++i) {
                p.setFont(table.columns[i].mono ? monoFont : bodyFont);
                p.drawText(QRectF(xs[i] + kCellPadX, m_y + kCellPadY, widths[i] - 2 * kCellPadX, h),
                           flagsOf(table.columns[i]), row.cells[i]);
            }
        }
        ++stripe;
        m_y += h;
    }
    if (m_painter) {
        m_painter->setPen(QPen(kRule, 0.6));
        m_painter->drawLine(QPointF(m_content.left(), m_y), QPointF(m_content.right(), m_y));
    }
    m_y += 10;
}

void ReportCanvas::block(qreal height, const std::function<void(QPainter &, const QRectF &)> &paint) {
    ensureSpace(height);
    if (m_painter) {
        m_painter->save();
        paint(*m_painter, QRectF(m_content.left(), m_y, m_content.width(), height));
        m_painter->restore();
    }
    m_y += height;
}

} // namespace assurance::report
