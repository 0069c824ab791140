<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AppSchema</name>
    <message>
        <source>looking for Steward&apos;s tables</source>
        <translation>đang tìm bảng của Steward</translation>
    </message>
    <message>
        <source>reading Steward&apos;s schema version</source>
        <translation>đang đọc phiên bản lược đồ của Steward</translation>
    </message>
    <message>
        <source>init</source>
        <translation>khởi tạo</translation>
    </message>
    <message>
        <source>Steward&apos;s tables are at version %1, newer than this build knows (%2); use a newer Steward</source>
        <translation>Bảng của Steward ở phiên bản %1, mới hơn phiên bản mà bản dựng này biết (%2); hãy dùng Steward mới hơn</translation>
    </message>
    <message>
        <source>recording schema version</source>
        <translation>đang ghi phiên bản lược đồ</translation>
    </message>
    <message>
        <source>reading roles</source>
        <translation>đang đọc vai trò</translation>
    </message>
    <message>
        <source>granting admin</source>
        <translation>đang cấp quyền admin</translation>
    </message>
    <message>
        <source>this database has no Steward tables yet; run `steward-cli init` (or Initialise in the application) to create them</source>
        <translation>cơ sở dữ liệu này chưa có bảng Steward; hãy chạy `steward-cli init` (hoặc Khởi tạo trong ứng dụng) để tạo</translation>
    </message>
    <message>
        <source>Steward&apos;s tables are at version %1, newer than this build knows (%2)</source>
        <translation>Bảng của Steward ở phiên bản %1, mới hơn phiên bản mà bản dựng này biết (%2)</translation>
    </message>
    <message>
        <source>Steward&apos;s tables are at version %1; run `steward-cli init` to migrate them to %2</source>
        <translation>Bảng của Steward ở phiên bản %1; hãy chạy `steward-cli init` để nâng lên %2</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>record %1 (%2 %3 %4 by %5 at %6)</source>
        <translation>bản ghi %1 (%2 %3 %4 bởi %5 lúc %6)</translation>
    </message>
    <message>
        <source>locking the audit chain</source>
        <translation>đang khóa chuỗi kiểm toán</translation>
    </message>
    <message>
        <source>the audit chain has no head record; run `steward-cli init`</source>
        <translation>chuỗi kiểm toán không có bản ghi đầu; hãy chạy `steward-cli init`</translation>
    </message>
    <message>
        <source>writing the audit record</source>
        <translation>đang ghi bản ghi kiểm toán</translation>
    </message>
    <message>
        <source>advancing the audit chain</source>
        <translation>đang nối chuỗi kiểm toán</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>đang đọc nhật ký kiểm toán</translation>
    </message>
    <message>
        <source>record %1 is missing (the next record found is %2)</source>
        <translation>thiếu bản ghi %1 (bản ghi kế tiếp tìm thấy là %2)</translation>
    </message>
    <message>
        <source>record %1 appears out of order</source>
        <translation>bản ghi %1 sai thứ tự</translation>
    </message>
    <message>
        <source>%1 does not follow the record before it (its previous-hash differs): a record was removed, inserted or reordered before it</source>
        <translation>%1 không nối tiếp bản ghi trước nó (hàm băm trước khác): có bản ghi đã bị xóa, chèn hoặc đổi thứ tự trước nó</translation>
    </message>
    <message>
        <source>%1 was altered: its content does not match its hash</source>
        <translation>%1 đã bị sửa: nội dung không khớp với mã băm</translation>
    </message>
    <message>
        <source>reading the audit chain head</source>
        <translation>đang đọc đầu chuỗi kiểm toán</translation>
    </message>
    <message>
        <source>the audit chain head record is missing</source>
        <translation>thiếu bản ghi đầu của chuỗi kiểm toán</translation>
    </message>
    <message>
        <source>record %1 and later are missing: the chain should end at record %2</source>
        <translation>thiếu bản ghi %1 trở về sau: chuỗi phải kết thúc ở bản ghi %2</translation>
    </message>
    <message>
        <source>the chain&apos;s recorded end (record %1) does not match its last record (%2)</source>
        <translation>điểm kết thúc đã ghi của chuỗi (bản ghi %1) không khớp với bản ghi cuối (%2)</translation>
    </message>
    <message>
        <source>the chain&apos;s recorded end does not match record %1: it was replaced</source>
        <translation>điểm kết thúc đã ghi của chuỗi không khớp với bản ghi %1: nó đã bị thay thế</translation>
    </message>
    <message>
        <source>no list of values for %1</source>
        <translation>không có danh sách giá trị cho %1</translation>
    </message>
    <message>
        <source>listing the values of %1</source>
        <translation>đang liệt kê các giá trị của %1</translation>
    </message>
</context>
<context>
    <name>AuditReconciliation</name>
    <message>
        <source>looking for the table %1</source>
        <translation>đang tìm bảng %1</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>không còn</translation>
    </message>
    <message>
        <source>%1 %2 is %3, but the audit trail has no record of it</source>
        <translation>%1 %2 đang ở trạng thái %3, nhưng nhật ký kiểm toán không có bản ghi nào về nó</translation>
    </message>
    <message>
        <source>%1 %2 is %3, but the audit trail last left it %4 (record %5)</source>
        <translation>%1 %2 đang ở trạng thái %3, nhưng nhật ký kiểm toán ghi lần cuối là %4 (bản ghi %5)</translation>
    </message>
    <message>
        <source>reconciling the %1 items with the audit trail</source>
        <translation>đang đối chiếu các mục %1 với nhật ký kiểm toán</translation>
    </message>
    <message>
        <source>adopting the states of %1 items</source>
        <translation>đang tiếp nhận trạng thái của các mục %1</translation>
    </message>
</context>
<context>
    <name>BacktestFolds</name>
    <message>
        <source>this database has no backtest_results table</source>
        <translation>cơ sở dữ liệu này không có bảng backtest_results</translation>
    </message>
    <message>
        <source>listing backtested versions of %1</source>
        <translation>đang liệt kê các phiên bản đã kiểm thử ngược của %1</translation>
    </message>
    <message>
        <source>client %1 has no backtests</source>
        <translation>khách hàng %1 chưa có kiểm thử ngược</translation>
    </message>
    <message>
        <source>version %1 of client %2 has no backtests</source>
        <translation>phiên bản %1 của khách hàng %2 không có kiểm thử ngược</translation>
    </message>
    <message>
        <source>the backtests of %1 have no metric %2 (they have: %3)</source>
        <translation>kiểm thử ngược của %1 không có chỉ số %2 (hiện có: %3)</translation>
    </message>
</context>
<context>
    <name>BatchInserter</name>
    <message>
        <source>inserting into %1</source>
        <translation>đang chèn vào %1</translation>
    </message>
</context>
<context>
    <name>BuiltInProfiles</name>
    <message>
        <source>no profile named %1 and no such file (built in: %2)</source>
        <translation>không có hồ sơ tên %1 và không có tệp như vậy (có sẵn: %2)</translation>
    </message>
</context>
<context>
    <name>ChartFigure</name>
    <message>
        <source>there is no chart to save</source>
        <translation>không có biểu đồ để lưu</translation>
    </message>
</context>
<context>
    <name>ClientVersions</name>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
</context>
<context>
    <name>ComplianceReport</name>
    <message>
        <source>counting violations</source>
        <translation>đang đếm vi phạm</translation>
    </message>
    <message>
        <source>measuring time to resolve</source>
        <translation>đang đo thời gian giải quyết</translation>
    </message>
    <message>
        <source>counting detections per day</source>
        <translation>đang đếm số phát hiện mỗi ngày</translation>
    </message>
    <message>
        <source>counting resolutions per day</source>
        <translation>đang đếm số lần giải quyết mỗi ngày</translation>
    </message>
    <message>
        <source>Reading decisions (%1)</source>
        <translation>Đang đọc các quyết định (%1)</translation>
    </message>
    <message>
        <source>the report was cancelled</source>
        <translation>đã hủy báo cáo</translation>
    </message>
    <message>
        <source>the period starts (%1) after it ends (%2)</source>
        <translation>kỳ bắt đầu (%1) sau khi kết thúc (%2)</translation>
    </message>
    <message>
        <source>Counting violations</source>
        <translation>Đang đếm vi phạm</translation>
    </message>
    <message>
        <source>Finding open criticals and overdue items</source>
        <translation>Đang tìm các vi phạm nghiêm trọng còn mở và mục quá hạn</translation>
    </message>
    <message>
        <source>Measuring time to resolve</source>
        <translation>Đang đo thời gian giải quyết</translation>
    </message>
    <message>
        <source>Counting per day</source>
        <translation>Đang đếm theo ngày</translation>
    </message>
    <message>
        <source>Reading decisions</source>
        <translation>Đang đọc các quyết định</translation>
    </message>
    <message>
        <source>Verifying the audit chain</source>
        <translation>Đang xác minh chuỗi kiểm toán</translation>
    </message>
    <message>
        <source>Data gathered</source>
        <translation>Đã thu thập dữ liệu</translation>
    </message>
    <message>
        <source>Reading monitoring</source>
        <translation>Đang đọc giám sát</translation>
    </message>
</context>
<context>
    <name>ConnectionTarget</name>
    <message>
        <source>no database given: pass --db PATH or --db postgresql://..., or set STEWARD_DB</source>
        <translation>chưa chỉ định cơ sở dữ liệu: dùng --db PATH hoặc --db postgresql://..., hoặc đặt STEWARD_DB</translation>
    </message>
    <message>
        <source>not a valid PostgreSQL URI (expected postgresql://user@host:port/database)</source>
        <translation>không phải URI PostgreSQL hợp lệ (cần dạng postgresql://user@host:port/database)</translation>
    </message>
    <message>
        <source>not a valid connection string (expected name=value pairs such as host=db dbname=mlops)</source>
        <translation>không phải chuỗi kết nối hợp lệ (cần các cặp tên=giá trị như host=db dbname=mlops)</translation>
    </message>
    <message>
        <source>not a valid connection string: a quoted value of %1 is not closed</source>
        <translation>không phải chuỗi kết nối hợp lệ: một giá trị trong ngoặc của %1 chưa được đóng</translation>
    </message>
    <message>
        <source>unknown connection parameter %1</source>
        <translation>tham số kết nối không xác định %1</translation>
    </message>
</context>
<context>
    <name>ConsoleGuard</name>
    <message>
        <source>the SQLite driver did not expose its handle</source>
        <translation>trình điều khiển SQLite không cung cấp handle</translation>
    </message>
    <message>
        <source>Refused: the statement would change the database or the connection (%1); the console only reads.</source>
        <translation>Từ chối: câu lệnh sẽ thay đổi cơ sở dữ liệu hoặc kết nối (%1); bảng điều khiển chỉ đọc.</translation>
    </message>
    <message>
        <source>the statement could not be compiled</source>
        <translation>không biên dịch được câu lệnh</translation>
    </message>
    <message>
        <source>Refused: the console runs one statement at a time, and this text holds more than one.</source>
        <translation>Từ chối: bảng điều khiển chỉ chạy một câu lệnh mỗi lần, và văn bản này có nhiều hơn một.</translation>
    </message>
    <message>
        <source>Refused: the statement would change the database; the console only reads.</source>
        <translation>Từ chối: câu lệnh sẽ thay đổi cơ sở dữ liệu; bảng điều khiển chỉ đọc.</translation>
    </message>
    <message>
        <source>The statement has parameters (?, :name), and the console has no values to bind to them.</source>
        <translation>Câu lệnh có tham số (?, :name), và bảng điều khiển không có giá trị để gán.</translation>
    </message>
    <message>
        <source>Refused: the statement returns no rows to show; the console runs queries.</source>
        <translation>Từ chối: câu lệnh không trả về dòng nào để hiển thị; bảng điều khiển chạy truy vấn.</translation>
    </message>
</context>
<context>
    <name>ConsoleRole</name>
    <message>
        <source>creating the console role steward_console (init on PostgreSQL needs a login that may create roles): %1</source>
        <translation>tạo vai trò bảng điều khiển steward_console (init trên PostgreSQL cần một tài khoản được phép tạo vai trò): %1</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>running the statement</source>
        <translation>đang chạy câu lệnh</translation>
    </message>
    <message>
        <source>could not write: %1</source>
        <translation>không ghi được: %1</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>đã hủy xuất</translation>
    </message>
    <message>
        <source>Type a query to run, for example SELECT * FROM llm_suggestions.</source>
        <translation>Nhập truy vấn cần chạy, ví dụ SELECT * FROM llm_suggestions.</translation>
    </message>
    <message>
        <source>The statement is unfinished: a quote or comment is never closed.</source>
        <translation>Câu lệnh chưa hoàn chỉnh: có dấu nháy hoặc chú thích chưa đóng.</translation>
    </message>
    <message>
        <source>Refused: the console runs one statement at a time, and this text holds more than one.</source>
        <translation>Từ chối: bảng điều khiển chỉ chạy một câu lệnh mỗi lần, và văn bản này có nhiều hơn một.</translation>
    </message>
    <message>
        <source> To read a pragma, use its table form, e.g. SELECT * FROM pragma_table_info(&apos;llm_suggestions&apos;).</source>
        <translation> Để đọc một pragma, hãy dùng dạng bảng của nó, ví dụ SELECT * FROM pragma_table_info(&apos;llm_suggestions&apos;).</translation>
    </message>
    <message>
        <source>Refused: %1 statements do not run in the read-only console; only queries (SELECT, WITH … SELECT, VALUES) do.%2</source>
        <translation>Từ chối: câu lệnh %1 không chạy trong bảng điều khiển chỉ đọc; chỉ truy vấn (SELECT, WITH … SELECT, VALUES) mới chạy.%2</translation>
    </message>
    <message>
        <source>The statement has a ? placeholder, and the console has no values to bind to it. On PostgreSQL, write jsonb_exists(x, &apos;key&apos;) for the ? operator.</source>
        <translation>Câu lệnh có tham số ?, và bảng điều khiển không có giá trị để gán. Trên PostgreSQL, hãy viết jsonb_exists(x, &apos;key&apos;) thay cho toán tử ?.</translation>
    </message>
    <message>
        <source>The statement was cancelled.</source>
        <translation>Câu lệnh đã bị hủy.</translation>
    </message>
    <message>
        <source>The statement did not finish within %1 s and was stopped.</source>
        <translation>Câu lệnh không kết thúc trong %1 giây và đã bị dừng.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: không mở được: %2</translation>
    </message>
    <message>
        <source>%1: not a readable SQLite database: %2</source>
        <translation>%1: không phải cơ sở dữ liệu SQLite đọc được: %2</translation>
    </message>
    <message>
        <source>%1: the integrity check could not run: %2</source>
        <translation>%1: không chạy được kiểm tra toàn vẹn: %2</translation>
    </message>
    <message>
        <source>%1: the database is damaged: %2</source>
        <translation>%1: cơ sở dữ liệu bị hỏng: %2</translation>
    </message>
    <message>
        <source>the SQLite driver did not expose its handle</source>
        <translation>trình điều khiển SQLite không cung cấp handle</translation>
    </message>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation>%1: không kết nối được: %2</translation>
    </message>
    <message>
        <source>reading the login name</source>
        <translation>đang đọc tên đăng nhập</translation>
    </message>
    <message>
        <source>on PostgreSQL you act as the database login (%1); log in as %2 instead of using --as</source>
        <translation>trên PostgreSQL bạn thao tác với tư cách tài khoản đăng nhập cơ sở dữ liệu (%1); hãy đăng nhập bằng %2 thay vì dùng --as</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>database error</source>
        <translation>lỗi cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>ghi</translation>
    </message>
    <message>
        <source>%1: has a write-ahead log (%2-wal) but no %2-shm; reading it would create one beside it. Open it read-write once to fold the log into the file, or copy both files elsewhere first</source>
        <translation>%1: có nhật ký ghi trước (%2-wal) nhưng không có %2-shm; đọc nó sẽ tạo một tệp bên cạnh. Hãy mở đọc-ghi một lần để gộp nhật ký vào tệp, hoặc sao chép cả hai tệp sang nơi khác trước</translation>
    </message>
    <message>
        <source>%1: stopped because it ran longer than allowed</source>
        <translation>%1: đã dừng vì chạy quá thời gian cho phép</translation>
    </message>
    <message>
        <source>listening for changes on %1</source>
        <translation>đang lắng nghe thay đổi trên %1</translation>
    </message>
    <message>
        <source>checking the connection</source>
        <translation>đang kiểm tra kết nối</translation>
    </message>
    <message>
        <source>announcing the change on %1</source>
        <translation>đang thông báo thay đổi trên %1</translation>
    </message>
    <message>
        <source>%1: the connection to %2 was lost and could not be restored: %3</source>
        <translation>%1: mất kết nối tới %2 và không khôi phục được: %3</translation>
    </message>
    <message>
        <source>%1: lost the connection to %2</source>
        <translation>%1: mất kết nối tới %2</translation>
    </message>
    <message>
        <source>%1: lost the connection to %2 (%3)</source>
        <translation>%1: mất kết nối tới %2 (%3)</translation>
    </message>
    <message>
        <source>%1: did not finish within %2 s and was stopped (a view that never ends, or more than can be read in that time)</source>
        <translation>%1: không xong trong %2 giây nên đã bị dừng (một view không bao giờ kết thúc, hoặc nhiều hơn mức đọc được trong thời gian đó)</translation>
    </message>
    <message>
        <source>Refused (%1): this file is a Steward snapshot, which opens read-only</source>
        <translation>Bị từ chối (%1): tệp này là bản chụp của Steward, chỉ mở ở chế độ chỉ đọc</translation>
    </message>
    <message>
        <source>Refused (%1): the database is open read-only</source>
        <translation>Bị từ chối (%1): cơ sở dữ liệu đang mở ở chế độ chỉ đọc</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>reading the violation deadlines</source>
        <translation>đang đọc thời hạn vi phạm</translation>
    </message>
    <message>
        <source>%1 is not a severity (critical, high, medium or low)</source>
        <translation>%1 không phải mức độ nghiêm trọng (critical, high, medium hoặc low)</translation>
    </message>
    <message>
        <source>a deadline is a whole number of days from %1 to %2, not %3</source>
        <translation>thời hạn là số ngày nguyên từ %1 đến %2, không phải %3</translation>
    </message>
    <message>
        <source>saving the %1 deadline</source>
        <translation>đang lưu thời hạn %1</translation>
    </message>
</context>
<context>
    <name>DecliningTrendNote</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2 from %3 to %4 over %5 points</source>
        <translation>%1: %2 từ %3 xuống %4 qua %5 điểm</translation>
    </message>
    <message>
        <source> · &lt;span style=&apos;color:%1;&apos;&gt;▼ declining trend on the active version: %2&lt;/span&gt;</source>
        <translation> · &lt;span style=&apos;color:%1;&apos;&gt;▼ xu hướng giảm trên phiên bản đang dùng: %2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Monitoring reads a declining trend on the active version (see Monitoring ▸ Performance):
%1</source>
        <translation>Giám sát ghi nhận xu hướng giảm trên phiên bản đang dùng (xem Giám sát ▸ Hiệu năng):
%1</translation>
    </message>
</context>
<context>
    <name>DemoArrivals</name>
    <message>
        <source>reading the demo&apos;s suggestions</source>
        <translation>đang đọc các đề xuất của bản demo</translation>
    </message>
    <message>
        <source>recording new suggestions</source>
        <translation>đang ghi nhận đề xuất mới</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>choosing demo decisions</source>
        <translation>đang chọn quyết định mẫu</translation>
    </message>
    <message>
        <source>--scale must be at least 1</source>
        <translation>--scale phải ít nhất là 1</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>dữ liệu mẫu</translation>
    </message>
    <message>
        <source>checking the target</source>
        <translation>đang kiểm tra đích</translation>
    </message>
    <message>
        <source>the target already has pipeline tables; the demo writes only into an empty database</source>
        <translation>đích đã có bảng pipeline; dữ liệu mẫu chỉ ghi vào cơ sở dữ liệu trống</translation>
    </message>
    <message>
        <source>%1 already exists; remove it or choose another name</source>
        <translation>%1 đã tồn tại; hãy xóa nó hoặc chọn tên khác</translation>
    </message>
    <message>
        <source>%1: the folder does not exist</source>
        <translation>%1: thư mục không tồn tại</translation>
    </message>
    <message>
        <source>could not move the finished demo into place at %1</source>
        <translation>không chuyển được cơ sở dữ liệu mẫu đã xong vào %1</translation>
    </message>
    <message>
        <source>the target already has tables; the demo writes only into an empty database</source>
        <translation>đích đã có bảng; bản demo chỉ ghi vào cơ sở dữ liệu trống</translation>
    </message>
</context>
<context>
    <name>DemoWriter</name>
    <message>
        <source>suggestions</source>
        <translation>gợi ý</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>writing tables</source>
        <translation>đang ghi bảng</translation>
    </message>
    <message>
        <source>model versions</source>
        <translation>phiên bản mô hình</translation>
    </message>
    <message>
        <source>forecasts</source>
        <translation>dự báo</translation>
    </message>
</context>
<context>
    <name>DeploymentRollback</name>
    <message>
        <source>%1 does not record when and where each deployment ran; Steward cannot tell which deployment came before</source>
        <translation>%1 không ghi lại mỗi bản triển khai đã chạy khi nào và ở đâu; Steward không thể biết bản triển khai nào có trước</translation>
    </message>
    <message>
        <source>looking for the deployment before %1</source>
        <translation>đang tìm bản triển khai trước %1</translation>
    </message>
    <message>
        <source>deployment %1 has no earlier deployment of the same model in its environment to return to; nothing was changed</source>
        <translation>bản triển khai %1 không có bản triển khai nào trước đó của cùng mô hình trong môi trường của nó để quay về; không có gì thay đổi</translation>
    </message>
    <message>
        <source>updating deployment %1</source>
        <translation>đang cập nhật bản triển khai %1</translation>
    </message>
    <message>
        <source>deployment %1 changed while the rollback was being approved; nothing was changed</source>
        <translation>bản triển khai %1 đã thay đổi trong khi việc hoàn tác đang được phê duyệt; không có gì thay đổi</translation>
    </message>
    <message>
        <source>%1 keeps one deployment status per model version (%2.%3), not the deployments each environment ran, so Steward cannot tell which version to return to; change %3 in %1 itself</source>
        <translation>%1 chỉ lưu một trạng thái triển khai cho mỗi phiên bản mô hình (%2.%3), không lưu các bản triển khai mà mỗi môi trường đã chạy, nên Steward không thể biết phải quay về phiên bản nào; hãy thay đổi %3 ngay trong %1</translation>
    </message>
    <message>
        <source>this database (%1) keeps no deployments</source>
        <translation>cơ sở dữ liệu này (%1) không lưu bản triển khai nào</translation>
    </message>
    <message>
        <source>reading deployment %1</source>
        <translation>đang đọc bản triển khai %1</translation>
    </message>
    <message>
        <source>deployment %1 is gone; the rollback request cannot be approved</source>
        <translation>bản triển khai %1 không còn nữa; không thể phê duyệt yêu cầu hoàn tác</translation>
    </message>
    <message>
        <source>deployment %1 is %2 now, no longer active; the rollback request cannot be approved</source>
        <translation>bản triển khai %1 hiện đang ở trạng thái %2, không còn hoạt động; không thể phê duyệt yêu cầu hoàn tác</translation>
    </message>
</context>
<context>
    <name>Deployments</name>
    <message>
        <source>reading the deployments</source>
        <translation>đang đọc các bản triển khai</translation>
    </message>
    <message>
        <source>this database (%1) keeps no deployments</source>
        <translation>cơ sở dữ liệu này (%1) không lưu bản triển khai nào</translation>
    </message>
</context>
<context>
    <name>DetailHtml</name>
    <message>
        <source>The diff has no before/after form; these are the values it sets.</source>
        <translation>Phần khác biệt không có dạng trước/sau; đây là các giá trị nó đặt.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <source>(whole value)</source>
        <translation>(toàn bộ giá trị)</translation>
    </message>
    <message numerus="yes">
        <source>Show %n unchanged setting(s)</source>
        <translation>
            <numerusform>Hiện %n thiết lập không đổi</numerusform>
        </translation>
    </message>
    <message>
        <source>(a state this version of Steward does not know)</source>
        <translation>(trạng thái mà phiên bản Steward này không biết)</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Chu kỳ</translation>
    </message>
    <message>
        <source>only this cycle</source>
        <translation>chỉ chu kỳ này</translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation>Vòng lặp</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>MAPE</source>
        <translation>MAPE</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Config snapshot</source>
        <translation>Ảnh chụp cấu hình</translation>
    </message>
    <message>
        <source> (not valid JSON: shown as stored)</source>
        <translation> (JSON không hợp lệ: hiển thị nguyên văn)</translation>
    </message>
    <message>
        <source>Rollback requests</source>
        <translation>Yêu cầu hoàn tác</translation>
    </message>
    <message>
        <source>%1 requested by %2 on %3: “%4”</source>
        <translation>%1 do %2 yêu cầu ngày %3: “%4”</translation>
    </message>
    <message>
        <source> — decided by %1 on %2</source>
        <translation> — do %1 quyết định ngày %2</translation>
    </message>
    <message>
        <source>No decisions recorded in Steward yet.</source>
        <translation>Steward chưa ghi nhận quyết định nào.</translation>
    </message>
    <message>
        <source> (not valid JSON: %1) ──
%2

</source>
        <translation> (JSON không hợp lệ: %1) ──
%2

</translation>
    </message>
</context>
<context>
    <name>DriftSummary</name>
    <message>
        <source>the %1 profile records no drift</source>
        <translation>hồ sơ %1 không ghi trôi dạt</translation>
    </message>
    <message>
        <source>drift status must be detected, warning or normal, not %1</source>
        <translation>trạng thái trôi dạt phải là detected, warning hoặc normal, không phải %1</translation>
    </message>
    <message>
        <source>reading drift from %1</source>
        <translation>đang đọc trôi dạt từ %1</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 ngày %2 giờ</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 ngày</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 giờ %2 phút</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 giờ</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 phút</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>còn %1</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>quá hạn %1</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 ngày</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 giờ</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 phút</translation>
    </message>
</context>
<context>
    <name>ExperimentResults</name>
    <message>
        <source>results are not valid JSON (%1 at offset %2)</source>
        <translation>kết quả không phải JSON hợp lệ (%1 tại vị trí %2)</translation>
    </message>
    <message>
        <source>results list a variant that is not an object (item %1)</source>
        <translation>kết quả có phương án không phải đối tượng (mục %1)</translation>
    </message>
    <message>
        <source>results name no variants</source>
        <translation>kết quả không nêu phương án nào</translation>
    </message>
    <message>
        <source>a variant has fewer than %1 samples</source>
        <translation>có phương án ít hơn %1 mẫu</translation>
    </message>
    <message>
        <source>%1 is significantly better than the control (p &lt; %2)</source>
        <translation>%1 tốt hơn đối chứng một cách có ý nghĩa (p &lt; %2)</translation>
    </message>
    <message>
        <source>every significant variant is worse than the control</source>
        <translation>mọi phương án có ý nghĩa đều kém hơn đối chứng</translation>
    </message>
    <message>
        <source>no variant differs significantly (p &lt; %1)</source>
        <translation>không phương án nào khác biệt có ý nghĩa (p &lt; %1)</translation>
    </message>
</context>
<context>
    <name>ExperimentSummary</name>
    <message>
        <source>reading experiment results from %1</source>
        <translation>đang đọc kết quả thử nghiệm từ %1</translation>
    </message>
    <message>
        <source>the %1 profile records no experiments</source>
        <translation>hồ sơ %1 không ghi thử nghiệm</translation>
    </message>
    <message>
        <source>reading experiments from %1</source>
        <translation>đang đọc thử nghiệm từ %1</translation>
    </message>
    <message>
        <source>no results yet</source>
        <translation>chưa có kết quả</translation>
    </message>
</context>
<context>
    <name>FeedbackDecisions</name>
    <message>
        <source>recording when the feedback was decided</source>
        <translation>đang ghi lại thời điểm phản hồi được quyết định</translation>
    </message>
</context>
<context>
    <name>FeedbackQueue</name>
    <message>
        <source>reading the feedback</source>
        <translation>đang đọc phản hồi</translation>
    </message>
    <message>
        <source>%1 rates predictions (%2.%3) without a review workflow: there is no feedback to process or ignore</source>
        <translation>%1 chấm điểm các dự đoán (%2.%3) mà không có quy trình xét duyệt: không có phản hồi nào để xử lý hay bỏ qua</translation>
    </message>
    <message>
        <source>this database (%1) keeps no feedback on predictions</source>
        <translation>cơ sở dữ liệu này (%1) không lưu phản hồi về các dự đoán</translation>
    </message>
</context>
<context>
    <name>ForecastFan</name>
    <message>
        <source>finding the newest forecast of %1</source>
        <translation>đang tìm dự báo mới nhất của %1</translation>
    </message>
    <message>
        <source>client %1 has no forecasts for series %2</source>
        <translation>khách hàng %1 chưa có dự báo cho chuỗi %2</translation>
    </message>
    <message>
        <source>this database has no forecast_results table</source>
        <translation>cơ sở dữ liệu này không có bảng forecast_results</translation>
    </message>
    <message>
        <source>listing the series of %1</source>
        <translation>đang liệt kê các chuỗi của %1</translation>
    </message>
    <message>
        <source>client %1 has no forecasts</source>
        <translation>khách hàng %1 chưa có dự báo</translation>
    </message>
    <message>
        <source>reading the forecast of %1</source>
        <translation>đang đọc dự báo của %1</translation>
    </message>
    <message>
        <source>version %1 made no forecasts for series %2</source>
        <translation>phiên bản %1 không có dự báo cho chuỗi %2</translation>
    </message>
    <message>
        <source>reading the actuals of %1</source>
        <translation>đang đọc số liệu thực tế của %1</translation>
    </message>
</context>
<context>
    <name>ForeignTriggers</name>
    <message>
        <source>listing the file&apos;s triggers</source>
        <translation>đang liệt kê các trigger của tệp</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (trên %2)</translation>
    </message>
</context>
<context>
    <name>ImportScan</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 không tồn tại</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 không phải thư mục</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>Không đọc được %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>not a model version folder (no %1, not named by a timestamp id)</source>
        <translation>không phải thư mục phiên bản mô hình (không có %1, tên không phải mã thời gian)</translation>
    </message>
</context>
<context>
    <name>ImprovementCycles</name>
    <message>
        <source>reading the improvement cycles of %1</source>
        <translation>đang đọc chu kỳ cải tiến của %1</translation>
    </message>
    <message>
        <source>client %1 has no improvement cycles</source>
        <translation>khách hàng %1 chưa có chu kỳ cải tiến</translation>
    </message>
</context>
<context>
    <name>JobControl</name>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>the password was not saved in the keyring: %1</source>
        <translation>mật khẩu chưa được lưu trong keyring: %1</translation>
    </message>
    <message>
        <source>the password could not be removed from the keyring: %1</source>
        <translation>không xóa được mật khẩu khỏi keyring: %1</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation>Ngôn ngữ hệ thống</translation>
    </message>
</context>
<context>
    <name>MetadataFile</name>
    <message>
        <source>%1 must be a non-negative whole number</source>
        <translation>%1 phải là số nguyên không âm</translation>
    </message>
    <message>
        <source>%1.%2 is not a number</source>
        <translation>%1.%2 không phải là số</translation>
    </message>
    <message>
        <source>model_version is missing or not a string</source>
        <translation>model_version bị thiếu hoặc không phải chuỗi</translation>
    </message>
    <message>
        <source>model_version is %1 but the folder is named %2</source>
        <translation>model_version là %1 nhưng thư mục tên là %2</translation>
    </message>
    <message>
        <source>trained_at &quot;%1&quot; is not an ISO 8601 time</source>
        <translation>trained_at &quot;%1&quot; không phải thời gian ISO 8601</translation>
    </message>
    <message>
        <source>trained_at is not a string</source>
        <translation>trained_at không phải chuỗi</translation>
    </message>
    <message>
        <source>features must be a list of names</source>
        <translation>features phải là danh sách tên</translation>
    </message>
    <message>
        <source>metrics is missing or not an object</source>
        <translation>metrics bị thiếu hoặc không phải đối tượng</translation>
    </message>
    <message>
        <source>every candidate needs a name</source>
        <translation>mỗi ứng viên cần có tên</translation>
    </message>
    <message>
        <source>the metrics of candidate %1 are not an object</source>
        <translation>chỉ số của ứng viên %1 không phải đối tượng</translation>
    </message>
    <message>
        <source>candidates must be a list</source>
        <translation>candidates phải là một danh sách</translation>
    </message>
    <message>
        <source>no %1</source>
        <translation>không có %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB</source>
        <translation>%1 lớn hơn 16 MiB</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at offset %3</source>
        <translation>%1 không phải JSON hợp lệ: %2 tại vị trí %3</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation>%1 không phải đối tượng JSON</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>MetricHistory</name>
    <message>
        <source>client %1 has no versions with numeric metrics</source>
        <translation>khách hàng %1 không có phiên bản nào có chỉ số dạng số</translation>
    </message>
    <message>
        <source>no version of client %1 has the metric %2 (it has: %3)</source>
        <translation>không phiên bản nào của khách hàng %1 có chỉ số %2 (hiện có: %3)</translation>
    </message>
    <message>
        <source>the metric name %1 cannot be charted</source>
        <translation>không vẽ biểu đồ được chỉ số tên %1</translation>
    </message>
    <message>
        <source>reading %1 of %2</source>
        <translation>đang đọc %1 của %2</translation>
    </message>
</context>
<context>
    <name>MetricMoveText</name>
    <message>
        <source>worse</source>
        <translation>kém hơn</translation>
    </message>
    <message>
        <source>better</source>
        <translation>tốt hơn</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>không đổi</translation>
    </message>
    <message>
        <source>%1 %2 → %3; %4: %5</source>
        <translation>%1 %2 → %3; %4: %5</translation>
    </message>
</context>
<context>
    <name>MetricRules</name>
    <message>
        <source>WMAPE</source>
        <translation>WMAPE</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>Độ lệch</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <source>FNR</source>
        <translation>FNR</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>finding the metrics in %1</source>
        <translation>đang tìm chỉ số trong %1</translation>
    </message>
</context>
<context>
    <name>ModelRegistry</name>
    <message>
        <source>listing clients</source>
        <translation>đang liệt kê khách hàng</translation>
    </message>
    <message>
        <source>reading model versions</source>
        <translation>đang đọc phiên bản mô hình</translation>
    </message>
    <message>
        <source>no model version %1</source>
        <translation>không có phiên bản mô hình %1</translation>
    </message>
    <message>
        <source>client %1 has no model version %2</source>
        <translation>khách hàng %1 không có phiên bản mô hình %2</translation>
    </message>
    <message>
        <source>version %1 exists for clients %2; say which with --client</source>
        <translation>phiên bản %1 có ở các khách hàng %2; hãy chỉ rõ bằng --client</translation>
    </message>
    <message>
        <source>reading the active version of %1</source>
        <translation>đang đọc phiên bản đang dùng của %1</translation>
    </message>
    <message>
        <source>listing the models of %1</source>
        <translation>đang liệt kê các mô hình của %1</translation>
    </message>
</context>
<context>
    <name>MonitoredModels</name>
    <message>
        <source>reading the model versions of %1</source>
        <translation>đang đọc các phiên bản mô hình của %1</translation>
    </message>
    <message>
        <source>reading model versions</source>
        <translation>đang đọc các phiên bản mô hình</translation>
    </message>
    <message>
        <source>reading the metrics of model versions</source>
        <translation>đang đọc chỉ số của các phiên bản mô hình</translation>
    </message>
</context>
<context>
    <name>MonitoringCells</name>
    <message>
        <source>no trend</source>
        <translation>không có xu hướng</translation>
    </message>
    <message>
        <source>improving</source>
        <translation>đang cải thiện</translation>
    </message>
    <message>
        <source>declining</source>
        <translation>đang giảm</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>ổn định</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>đã phát hiện</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>cảnh báo</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>bình thường</translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation>%1 (hiện tại)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>MonitoringChartChoice</name>
    <message>
        <source>This database records no performance figures (read from %1).</source>
        <translation>Cơ sở dữ liệu này không ghi số liệu hiệu năng (đọc từ %1).</translation>
    </message>
    <message>
        <source>This database records no drift scores.</source>
        <translation>Cơ sở dữ liệu này không ghi điểm trôi dạt.</translation>
    </message>
</context>
<context>
    <name>MonitoringCharts</name>
    <message>
        <source>Drift score against threshold</source>
        <translation>Điểm trôi dạt so với ngưỡng</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1
%2 UTC
score %3, threshold %4</source>
        <translation>%1
%2 UTC
điểm %3, ngưỡng %4</translation>
    </message>
    <message>
        <source>drift score</source>
        <translation>điểm trôi dạt</translation>
    </message>
    <message>
        <source>No drift recorded in this period</source>
        <translation>Không ghi nhận trôi dạt trong kỳ này</translation>
    </message>
    <message>
        <source>dashed: thresholds (where the system stores none, %1 is assumed)</source>
        <translation>nét đứt: ngưỡng (nơi hệ thống không lưu, giả định %1)</translation>
    </message>
    <message>
        <source>dashed: thresholds</source>
        <translation>nét đứt: ngưỡng</translation>
    </message>
    <message>
        <source>%1 more series not drawn</source>
        <translation>%1 chuỗi khác không được vẽ</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Thời gian (UTC)</translation>
    </message>
    <message>
        <source>%1 over time (%2 is better)</source>
        <translation>%1 theo thời gian (%2 là tốt hơn)</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>thấp hơn</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>cao hơn</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source> (active)</source>
        <translation> (đang dùng)</translation>
    </message>
    <message>
        <source>%1 baseline</source>
        <translation>mốc chuẩn %1</translation>
    </message>
    <message>
        <source>%1 threshold</source>
        <translation>ngưỡng %1</translation>
    </message>
    <message>
        <source>%1
%2 UTC
%3 = %4</source>
        <translation>%1
%2 UTC
%3 = %4</translation>
    </message>
    <message>
        <source>%1 — no figures in this period</source>
        <translation>%1 — không có số liệu trong kỳ này</translation>
    </message>
</context>
<context>
    <name>MonitoringFilter</name>
    <message>
        <source>--model takes NAME or NAME:VERSION, not &quot;%1&quot;</source>
        <translation>--model nhận TÊN hoặc TÊN:PHIÊN_BẢN, không phải &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>MonitoringIndexes</name>
    <message>
        <source>looking for %1</source>
        <translation>đang tìm %1</translation>
    </message>
    <message>
        <source>creating monitoring indexes</source>
        <translation>tạo chỉ mục giám sát</translation>
    </message>
    <message>
        <source>creating an index on a table needs its ownership: %1</source>
        <translation>tạo chỉ mục trên một bảng cần quyền sở hữu bảng đó: %1</translation>
    </message>
</context>
<context>
    <name>PagedQuery</name>
    <message>
        <source>(hidden)</source>
        <translation>(ẩn)</translation>
    </message>
</context>
<context>
    <name>PagedQueryCsv</name>
    <message>
        <source>could not write: %1</source>
        <translation>không ghi được: %1</translation>
    </message>
    <message>
        <source>exporting the rows to CSV</source>
        <translation>đang xuất các hàng ra CSV</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>đã hủy xuất</translation>
    </message>
</context>
<context>
    <name>ParameterDiff</name>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n thay đổi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n thêm mới</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n bị xóa</numerusform>
        </translation>
    </message>
    <message>
        <source>no parameter changes recorded</source>
        <translation>không ghi nhận thay đổi tham số nào</translation>
    </message>
    <message>
        <source>no differences</source>
        <translation>không có khác biệt</translation>
    </message>
</context>
<context>
    <name>PartialFile</name>
    <message>
        <source>no output file given</source>
        <translation>chưa chỉ định tệp đầu ra</translation>
    </message>
    <message>
        <source>%1: the folder does not exist</source>
        <translation>%1: thư mục không tồn tại</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name</source>
        <translation>%1 là thư mục; hãy nhập tên tệp</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or allow overwriting</source>
        <translation>%1 đã tồn tại; hãy chọn tên khác hoặc cho phép ghi đè</translation>
    </message>
    <message>
        <source>the file was already published or discarded</source>
        <translation>tệp đã được công bố hoặc loại bỏ</translation>
    </message>
    <message>
        <source>could not flush %1 to disk</source>
        <translation>không đẩy được %1 xuống đĩa</translation>
    </message>
    <message>
        <source>%1 appeared while the file was written; nothing was replaced</source>
        <translation>%1 xuất hiện trong lúc ghi tệp; không có gì bị thay thế</translation>
    </message>
    <message>
        <source>could not move the finished file into place at %1</source>
        <translation>không chuyển được tệp đã xong vào %1</translation>
    </message>
</context>
<context>
    <name>PerformanceRows</name>
    <message>
        <source>looking for %1</source>
        <translation>đang tìm %1</translation>
    </message>
    <message>
        <source>reading the metrics of %1</source>
        <translation>đang đọc các chỉ số của %1</translation>
    </message>
</context>
<context>
    <name>PerformanceSeries</name>
    <message>
        <source>this %1 database has no performance figures</source>
        <translation>cơ sở dữ liệu %1 này không có số liệu hiệu năng</translation>
    </message>
    <message>
        <source>no performance figures for metric %1 (there are: %2)</source>
        <translation>không có số liệu hiệu năng cho chỉ số %1 (hiện có: %2)</translation>
    </message>
    <message>
        <source>reading %1 over time</source>
        <translation>đang đọc %1 theo thời gian</translation>
    </message>
</context>
<context>
    <name>PerformanceSummary</name>
    <message>
        <source>this database has no forecast_actuals table to measure forecasts against</source>
        <translation>cơ sở dữ liệu này không có bảng forecast_actuals để đối chiếu dự báo</translation>
    </message>
    <message>
        <source>the %1 profile has no performance entity</source>
        <translation>hồ sơ %1 không có thực thể hiệu năng</translation>
    </message>
    <message>
        <source>summarising performance from %1</source>
        <translation>đang tổng hợp hiệu năng từ %1</translation>
    </message>
</context>
<context>
    <name>PgConsole</name>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation>%1: không kết nối được: %2</translation>
    </message>
    <message>
        <source>The statement was cancelled.</source>
        <translation>Câu lệnh đã bị hủy.</translation>
    </message>
    <message>
        <source>The statement did not finish within %1 s and was stopped.</source>
        <translation>Câu lệnh không kết thúc trong %1 giây và đã bị dừng.</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Máy chủ từ chối: %1</translation>
    </message>
    <message>
        <source>Refused by the server: %1; the console only reads.</source>
        <translation>Máy chủ từ chối: %1; bảng điều khiển chỉ đọc.</translation>
    </message>
    <message>
        <source>Refused by the server: %1. The console runs one query (SELECT, WITH … SELECT, VALUES, TABLE).</source>
        <translation>Máy chủ từ chối: %1. Bảng điều khiển chạy một truy vấn (SELECT, WITH … SELECT, VALUES, TABLE).</translation>
    </message>
    <message>
        <source>%1: lost the connection to %2 (%3)</source>
        <translation>%1: mất kết nối tới %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>setting the time limit</source>
        <translation>đặt giới hạn thời gian</translation>
    </message>
    <message>
        <source>setting the time zone</source>
        <translation>đặt múi giờ</translation>
    </message>
    <message>
        <source>starting a read-only transaction</source>
        <translation>bắt đầu một giao dịch chỉ đọc</translation>
    </message>
    <message>
        <source>taking the console role</source>
        <translation>nhận vai trò bảng điều khiển</translation>
    </message>
    <message>
        <source>this login</source>
        <translation>tài khoản đăng nhập này</translation>
    </message>
    <message>
        <source>The console runs statements as the role %1, which %2 cannot take (%3). An administrator (a login that may create roles) runs steward-cli init on this database and grants it: GRANT %1 TO %2;</source>
        <translation>Bảng điều khiển chạy câu lệnh với vai trò %1, mà %2 không thể nhận (%3). Quản trị viên (một tài khoản được phép tạo vai trò) chạy steward-cli init trên cơ sở dữ liệu này và cấp vai trò: GRANT %1 TO %2;</translation>
    </message>
    <message>
        <source>The SQL console is not set up on this database: an administrator (a login that may create roles) runs steward-cli init</source>
        <translation>Bảng điều khiển SQL chưa được thiết lập trên cơ sở dữ liệu này: quản trị viên (một tài khoản được phép tạo vai trò) chạy steward-cli init</translation>
    </message>
    <message>
        <source>preparing the statement</source>
        <translation>chuẩn bị câu lệnh</translation>
    </message>
    <message>
        <source>describing the statement</source>
        <translation>mô tả câu lệnh</translation>
    </message>
    <message>
        <source>Refused: the statement returns no rows to show; the console runs queries.</source>
        <translation>Từ chối: câu lệnh không trả về dòng nào để hiển thị; bảng điều khiển chạy truy vấn.</translation>
    </message>
    <message>
        <source>running the statement</source>
        <translation>đang chạy câu lệnh</translation>
    </message>
    <message>
        <source>ending the transaction</source>
        <translation>kết thúc giao dịch</translation>
    </message>
</context>
<context>
    <name>PolicyQuery</name>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>%1%2: %3</source>
        <translation>%1%2: %3</translation>
    </message>
    <message>
        <source>%1%2: %3%4</source>
        <translation>%1%2: %3%4</translation>
    </message>
    <message>
        <source>counting the violations of %1</source>
        <translation>đang đếm vi phạm của %1</translation>
    </message>
    <message>
        <source>reading policies</source>
        <translation>đang đọc chính sách</translation>
    </message>
    <message>
        <source>counting violations per policy</source>
        <translation>đang đếm vi phạm theo chính sách</translation>
    </message>
    <message>
        <source>reading policy %1</source>
        <translation>đang đọc chính sách %1</translation>
    </message>
    <message>
        <source>no policy with id or name %1</source>
        <translation>không có chính sách với mã hoặc tên %1</translation>
    </message>
    <message>
        <source>%1 is the start of more than one policy id; give more of it</source>
        <translation>%1 là phần đầu của nhiều mã chính sách; hãy nhập dài hơn</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>⚠ invalid JSON (%1): %2</source>
        <translation>⚠ JSON không hợp lệ (%1): %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
</context>
<context>
    <name>PredictionDays</name>
    <message>
        <source>reading the daily prediction rollup</source>
        <translation>đang đọc bảng tổng hợp dự đoán theo ngày</translation>
    </message>
</context>
<context>
    <name>PredictionRanges</name>
    <message>
        <source>checking the values of %1</source>
        <translation>đang kiểm tra các giá trị của %1</translation>
    </message>
    <message>
        <source>estimating the period&apos;s share of %1</source>
        <translation>ước tính tỷ lệ của khoảng thời gian trong %1</translation>
    </message>
</context>
<context>
    <name>PredictionSummary</name>
    <message>
        <source>the %1 profile has no prediction log</source>
        <translation>hồ sơ %1 không có nhật ký dự đoán</translation>
    </message>
    <message>
        <source>summarising predictions from %1</source>
        <translation>đang tổng hợp dự đoán từ %1</translation>
    </message>
</context>
<context>
    <name>ProfileFormat</name>
    <message>
        <source>profile %1: %2</source>
        <translation>hồ sơ %1: %2</translation>
    </message>
    <message>
        <source>%1 must be an object of strings</source>
        <translation>%1 phải là một đối tượng gồm các chuỗi</translation>
    </message>
    <message>
        <source>%1.%2 must be a non-empty string</source>
        <translation>%1.%2 phải là một chuỗi không rỗng</translation>
    </message>
    <message>
        <source>%1: unknown entity (known: %2)</source>
        <translation>%1: thực thể không xác định (đã biết: %2)</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 phải là một đối tượng</translation>
    </message>
    <message>
        <source>%1.table must name a table</source>
        <translation>%1.table phải nêu tên một bảng</translation>
    </message>
    <message>
        <source>%1.fields must name the id column</source>
        <translation>%1.fields phải nêu cột id</translation>
    </message>
    <message>
        <source>%1.required must be a list of fields</source>
        <translation>%1.required phải là danh sách các trường</translation>
    </message>
    <message>
        <source>%1.required names %2, which fields does not map</source>
        <translation>%1.required nêu %2, trường mà fields không ánh xạ</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>không phải JSON hợp lệ tại byte %1: %2</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>phải là một đối tượng JSON</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;%1&quot;</source>
        <translation>&quot;format&quot; phải là &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a short lower-case word (a-z, 0-9, _ and -)</source>
        <translation>&quot;name&quot; phải là một từ ngắn viết thường (a-z, 0-9, _ và -)</translation>
    </message>
    <message>
        <source>&quot;entities&quot; must map at least one entity</source>
        <translation>&quot;entities&quot; phải ánh xạ ít nhất một thực thể</translation>
    </message>
    <message>
        <source>cannot read profile %1: %2</source>
        <translation>không đọc được hồ sơ %1: %2</translation>
    </message>
    <message>
        <source>larger than 1 MiB; a profile is a short JSON file</source>
        <translation>lớn hơn 1 MiB; hồ sơ là một tệp JSON ngắn</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>charts are saved as .png or .svg, not .%1</source>
        <translation>biểu đồ được lưu dạng .png hoặc .svg, không phải .%1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>không ghi được %1: %2</translation>
    </message>
    <message>
        <source>cannot encode %1</source>
        <translation>không mã hóa được %1</translation>
    </message>
    <message>
        <source>A comment is required</source>
        <translation>Cần có ghi chú</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 giây</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 phút %2 giây</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 giờ %2 phút</translation>
    </message>
</context>
<context>
    <name>RegistryCharts</name>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>order level</source>
        <translation>cấp đơn hàng</translation>
    </message>
    <message>
        <source>SKU level</source>
        <translation>Cấp SKU</translation>
    </message>
    <message>
        <source>Fold %1 of version %2</source>
        <translation>Lượt %1 của phiên bản %2</translation>
    </message>
    <message>
        <source>%1: %2 = %3</source>
        <translation>%1: %2 = %3</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>không có giá trị</translation>
    </message>
    <message>
        <source>train %1</source>
        <translation>huấn luyện %1</translation>
    </message>
    <message>
        <source>test %1</source>
        <translation>kiểm tra %1</translation>
    </message>
    <message>
        <source>Walk-forward backtest of %1 — %2, %3 per fold</source>
        <translation>Kiểm thử ngược walk-forward của %1 — %2, %3 theo lượt</translation>
    </message>
    <message>
        <source>Fold %1&lt;br&gt;test %2</source>
        <translation>Lượt %1&lt;br&gt;kiểm tra %2</translation>
    </message>
    <message>
        <source>Fold %1</source>
        <translation>Lượt %1</translation>
    </message>
    <message>
        <source>Fold (start of its test window)</source>
        <translation>Lượt (ngày bắt đầu khoảng kiểm tra)</translation>
    </message>
    <message>
        <source>version %1 has no backtest folds</source>
        <translation>phiên bản %1 không có lượt kiểm thử ngược</translation>
    </message>
    <message>
        <source>Cycle %1 (%2)</source>
        <translation>Chu kỳ %1 (%2)</translation>
    </message>
    <message>
        <source>state %1</source>
        <translation>trạng thái %1</translation>
    </message>
    <message>
        <source> (not one of the eight states Steward knows)</source>
        <translation> (không thuộc tám trạng thái Steward biết)</translation>
    </message>
    <message>
        <source>, iteration %1%2</source>
        <translation>, vòng lặp %1%2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>chưa</translation>
    </message>
    <message>
        <source>MAPE before %1, after %2</source>
        <translation>MAPE trước %1, sau %2</translation>
    </message>
    <message>
        <source> (%1%)</source>
        <translation> (%1%)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>lỗi: %1</translation>
    </message>
    <message>
        <source>MAPE before</source>
        <translation>MAPE trước</translation>
    </message>
    <message>
        <source>MAPE (lower is better)</source>
        <translation>MAPE (càng thấp càng tốt)</translation>
    </message>
    <message>
        <source>Where each cycle is — the latest %1 of %2</source>
        <translation>Vị trí của từng chu kỳ — %1 chu kỳ mới nhất trong %2</translation>
    </message>
    <message>
        <source>Where each cycle is</source>
        <translation>Vị trí của từng chu kỳ</translation>
    </message>
    <message>
        <source>Cycle %1</source>
        <translation>Chu kỳ %1</translation>
    </message>
    <message>
        <source>Cycle %1 ⚠</source>
        <translation>Chu kỳ %1 ⚠</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>predicted %1</source>
        <translation>dự báo %1</translation>
    </message>
    <message>
        <source>P10 %1 – P90 %2</source>
        <translation>P10 %1 – P90 %2</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>event tier %1</source>
        <translation>sự kiện cấp %1</translation>
    </message>
    <message>
        <source>actual %1</source>
        <translation>thực tế %1</translation>
    </message>
    <message>
        <source>Forecast for %1 — version %2</source>
        <translation>Dự báo cho %1 — phiên bản %2</translation>
    </message>
    <message>
        <source>P10–P90</source>
        <translation>P10–P90</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>dự báo</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>thực tế</translation>
    </message>
    <message>
        <source>Forecast date</source>
        <translation>Ngày dự báo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>no table of actuals in this database: only the forecast is shown</source>
        <translation>cơ sở dữ liệu không có bảng số liệu thực tế: chỉ hiển thị dự báo</translation>
    </message>
    <message>
        <source>no actual quantities recorded for these dates yet</source>
        <translation>chưa ghi nhận số lượng thực tế cho các ngày này</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>càng thấp càng tốt</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>càng cao càng tốt</translation>
    </message>
    <message>
        <source>closer to zero is better</source>
        <translation>càng gần 0 càng tốt</translation>
    </message>
    <message>
        <source>%1 across versions — %2</source>
        <translation>%1 qua các phiên bản — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>active version</source>
        <translation>phiên bản đang dùng</translation>
    </message>
    <message>
        <source>selected version</source>
        <translation>phiên bản đã chọn</translation>
    </message>
    <message>
        <source>Trained (UTC)</source>
        <translation>Huấn luyện (UTC)</translation>
    </message>
    <message>
        <source>%1 — no version of %2 has this metric</source>
        <translation>%1 — không phiên bản nào của %2 có chỉ số này</translation>
    </message>
    <message>
        <source>Version %1
Trained %2 UTC
%3 = %4</source>
        <translation>Phiên bản %1
Huấn luyện %2 UTC
%3 = %4</translation>
    </message>
    <message>
        <source>
active version</source>
        <translation>
phiên bản đang dùng</translation>
    </message>
    <message>
        <source>%1 versions drawn from %2 points (min/max per pixel column); tooltips give every version&apos;s true value</source>
        <translation>%1 phiên bản được vẽ từ %2 điểm (nhỏ nhất/lớn nhất mỗi cột điểm ảnh); chú thích cho giá trị thật của từng phiên bản</translation>
    </message>
    <message>
        <source>%1 version(s) without %2 are not shown</source>
        <translation>Không hiển thị %1 phiên bản không có %2</translation>
    </message>
    <message>
        <source>Improvement cycles of %1 — MAPE before and after each, the latest %2 of %3</source>
        <translation>Các chu kỳ cải thiện của %1 — MAPE trước và sau mỗi chu kỳ, %2 chu kỳ mới nhất trong %3</translation>
    </message>
    <message>
        <source>Improvement cycles of %1 — MAPE before and after each</source>
        <translation>Các chu kỳ cải thiện của %1 — MAPE trước và sau mỗi chu kỳ</translation>
    </message>
    <message>
        <source>MAPE after: better</source>
        <translation>MAPE sau: tốt hơn</translation>
    </message>
    <message>
        <source>MAPE after: not better</source>
        <translation>MAPE sau: không tốt hơn</translation>
    </message>
    <message>
        <source>MAPE after (no value before)</source>
        <translation>MAPE sau (không có giá trị trước)</translation>
    </message>
    <message>
        <source>Cycle, in the order they ran (ids as in Suggestions)</source>
        <translation>Chu kỳ, theo thứ tự chạy (mã như trong Đề xuất)</translation>
    </message>
    <message>
        <source>forecast origin</source>
        <translation>điểm gốc dự báo</translation>
    </message>
    <message>
        <source>Forecast date (%1)</source>
        <translation>Ngày dự báo (%1)</translation>
    </message>
</context>
<context>
    <name>RegistryImport</name>
    <message>
        <source>looking up %1</source>
        <translation>đang tra cứu %1</translation>
    </message>
    <message>
        <source>looking up earlier imports of %1</source>
        <translation>đang tra cứu các lần nhập trước của %1</translation>
    </message>
    <message>
        <source>registering %1</source>
        <translation>đang đăng ký %1</translation>
    </message>
    <message>
        <source>replacing the import record of %1</source>
        <translation>đang thay bản ghi nhập của %1</translation>
    </message>
    <message>
        <source>recording the import of %1</source>
        <translation>đang ghi lần nhập %1</translation>
    </message>
    <message>
        <source>client %1 already has version %2 with other metrics or counts; it was not overwritten</source>
        <translation>khách hàng %1 đã có phiên bản %2 với chỉ số hoặc số đếm khác; không bị ghi đè</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>đã nhập trước đó</translation>
    </message>
    <message>
        <source>already registered; its metadata.json details were recorded</source>
        <translation>đã đăng ký; chi tiết trong metadata.json đã được ghi lại</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>đã nhập</translation>
    </message>
    <message>
        <source>metadata.json belongs to client %1, not %2</source>
        <translation>metadata.json thuộc khách hàng %1, không phải %2</translation>
    </message>
    <message>
        <source>no client: metadata.json names none; choose the client (--client), or put the version folders in a folder named after the client</source>
        <translation>không có khách hàng: metadata.json không ghi khách hàng; hãy chọn khách hàng (--client), hoặc đặt các thư mục phiên bản trong thư mục mang tên khách hàng</translation>
    </message>
    <message>
        <source>the same version as %1</source>
        <translation>cùng phiên bản với %1</translation>
    </message>
    <message>
        <source>cancelled; nothing was imported</source>
        <translation>đã hủy; không có gì được nhập</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Violations detected in the period, by severity and status</source>
        <translation>Vi phạm phát hiện trong kỳ, theo mức độ và trạng thái</translation>
    </message>
    <message>
        <source>violations</source>
        <translation>vi phạm</translation>
    </message>
    <message>
        <source>month</source>
        <translation>tháng</translation>
    </message>
    <message>
        <source>week</source>
        <translation>tuần</translation>
    </message>
    <message>
        <source>day</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>Violations detected and closed per %1</source>
        <translation>Vi phạm được phát hiện và đóng theo %1</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Báo động nhầm</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>Compliance report</source>
        <translation>Báo cáo tuân thủ</translation>
    </message>
    <message>
        <source>Governance violations, their handling, and every decision recorded in Steward</source>
        <translation>Các vi phạm quản trị, cách xử lý, và mọi quyết định được ghi trong Steward</translation>
    </message>
    <message>
        <source>%1 %2 d</source>
        <translation>%1 %2 ngày</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Tạo lúc</translation>
    </message>
    <message>
        <source>%1 UTC by %2</source>
        <translation>%1 UTC bởi %2</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>resolved in the period</source>
        <translation>giải quyết trong kỳ</translation>
    </message>
    <message>
        <source>mean time to resolve</source>
        <translation>thời gian giải quyết trung bình</translation>
    </message>
    <message>
        <source>This database has no Steward tables, so there is no audit trail to verify and no decisions to list.</source>
        <translation>Cơ sở dữ liệu này không có bảng Steward, nên không có nhật ký kiểm toán để xác minh và không có quyết định để liệt kê.</translation>
    </message>
    <message>
        <source>Audit chain intact: %1 records verified; newest hash %2.</source>
        <translation>Chuỗi kiểm toán nguyên vẹn: đã xác minh %1 bản ghi; mã băm mới nhất %2.</translation>
    </message>
    <message>
        <source>Audit chain BROKEN at record %1: %2</source>
        <translation>Chuỗi kiểm toán BỊ PHÁ VỠ tại bản ghi %1: %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>No violations were detected in the period.</source>
        <translation>Không phát hiện vi phạm nào trong kỳ.</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Vi phạm</translation>
    </message>
    <message>
        <source>Model version</source>
        <translation>Phiên bản mô hình</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Chính sách</translation>
    </message>
    <message>
        <source>Detected (UTC)</source>
        <translation>Phát hiện (UTC)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Tuổi</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>chưa giao</translation>
    </message>
    <message>
        <source>… and %1 more (a CSV export lists them all).</source>
        <translation>… và %1 mục nữa (bản xuất CSV liệt kê đầy đủ).</translation>
    </message>
    <message>
        <source>Mean time to resolve</source>
        <translation>Thời gian giải quyết trung bình</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 ngày</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>%1 violations were closed as false positives in the period; they are not part of the mean.</source>
        <translation>%1 vi phạm được đóng là báo động nhầm trong kỳ; chúng không tính vào trung bình.</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No decisions were recorded in the period.</source>
        <translation>Không có quyết định nào được ghi trong kỳ.</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Khi nào (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ai</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>sang %1</translation>
    </message>
    <message>
        <source>Comments made in the period (not listed): %1.</source>
        <translation>Số bình luận trong kỳ (không liệt kê): %1.</translation>
    </message>
    <message>
        <source>%1 – %2 (UTC)</source>
        <translation>%1 – %2 (UTC)</translation>
    </message>
    <message>
        <source>Compliance report %1</source>
        <translation>Báo cáo tuân thủ %1</translation>
    </message>
    <message>
        <source>Violations detected in the period, counted by their status now. Severities and statuses a newer monitor used are shown as they were written.</source>
        <translation>Vi phạm phát hiện trong kỳ, đếm theo trạng thái hiện tại. Mức độ và trạng thái do bộ giám sát mới hơn dùng được hiển thị nguyên văn.</translation>
    </message>
    <message>
        <source>No critical violation is open.</source>
        <translation>Không có vi phạm nghiêm trọng nào đang mở.</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>Không có mục nào quá hạn.</translation>
    </message>
    <message>
        <source>Decisions in the period</source>
        <translation>Các quyết định trong kỳ</translation>
    </message>
    <message>
        <source>Audit chain verification</source>
        <translation>Xác minh chuỗi kiểm toán</translation>
    </message>
    <message>
        <source>Every decision is a record in an append-only SHA-256 hash chain; each record&apos;s hash covers its content and the previous record&apos;s hash. Newest hash: %1</source>
        <translation>Mỗi quyết định là một bản ghi trong chuỗi băm SHA-256 chỉ-thêm; mã băm của mỗi bản ghi bao gồm nội dung của nó và mã băm của bản ghi trước. Mã băm mới nhất: %1</translation>
    </message>
    <message>
        <source>State as of</source>
        <translation>Trạng thái tính đến</translation>
    </message>
    <message>
        <source>%1 UTC (when the snapshot was taken)</source>
        <translation>%1 UTC (lúc tạo bản chụp)</translation>
    </message>
    <message>
        <source>in the period</source>
        <translation>trong kỳ</translation>
    </message>
    <message>
        <source>at any date, still open</source>
        <translation>phát hiện bất kỳ lúc nào, vẫn còn mở</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>đã phát hiện</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>nghiêm trọng</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>quá hạn</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>đã giải quyết</translation>
    </message>
    <message>
        <source>mean time to resolve ⚠ over a deadline</source>
        <translation>thời gian giải quyết trung bình ⚠ vượt thời hạn</translation>
    </message>
    <message>
        <source>Over the deadline — %1: violations resolved in the period took %2 on average; the deadline is %3 d.</source>
        <translation>Vượt thời hạn — %1: các vi phạm được giải quyết trong kỳ mất trung bình %2; thời hạn là %3 ngày.</translation>
    </message>
    <message>
        <source>Violations detected in the period, by severity and status</source>
        <translation>Vi phạm phát hiện trong kỳ, theo mức độ và trạng thái</translation>
    </message>
    <message>
        <source>Detected and closed over time, in the period</source>
        <translation>Phát hiện và đóng theo thời gian, trong kỳ</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>không có thời hạn</translation>
    </message>
    <message>
        <source>over the deadline by %1</source>
        <translation>vượt thời hạn %1</translation>
    </message>
    <message>
        <source>within the deadline</source>
        <translation>trong thời hạn</translation>
    </message>
    <message>
        <source>Open critical violations, detected at any date (%1)</source>
        <translation>Vi phạm nghiêm trọng đang mở, phát hiện bất kỳ lúc nào (%1)</translation>
    </message>
    <message>
        <source>Every critical violation not yet resolved or marked false positive as of %1 UTC, whenever it was detected — not only those of the period.</source>
        <translation>Mọi vi phạm nghiêm trọng chưa được giải quyết hoặc đánh dấu dương tính giả tính đến %1 UTC, bất kể phát hiện khi nào — không chỉ những vi phạm trong kỳ.</translation>
    </message>
    <message>
        <source>Overdue items, detected at any date (%1)</source>
        <translation>Mục quá hạn, phát hiện bất kỳ lúc nào (%1)</translation>
    </message>
    <message>
        <source>Every violation past its deadline (counted from detection) and not closed as of %1 UTC, whenever it was detected — not only those of the period.</source>
        <translation>Mọi vi phạm đã quá thời hạn (tính từ lúc phát hiện) và chưa đóng tính đến %1 UTC, bất kể phát hiện khi nào — không chỉ những vi phạm trong kỳ.</translation>
    </message>
    <message>
        <source>Time to resolve, violations resolved in the period</source>
        <translation>Thời gian giải quyết, các vi phạm được giải quyết trong kỳ</translation>
    </message>
    <message>
        <source>From detection to resolution, for the violations resolved in the period (whenever they were detected), against each severity&apos;s deadline.</source>
        <translation>Từ lúc phát hiện đến lúc giải quyết, cho các vi phạm được giải quyết trong kỳ (bất kể phát hiện khi nào), so với thời hạn của từng mức độ.</translation>
    </message>
    <message>
        <source>Resolved in the period</source>
        <translation>Đã giải quyết trong kỳ</translation>
    </message>
    <message>
        <source>Against the deadline</source>
        <translation>So với thời hạn</translation>
    </message>
</context>
<context>
    <name>ReportMonitoring</name>
    <message>
        <source>Declining performance (%1)</source>
        <translation>Hiệu năng giảm (%1)</translation>
    </message>
    <message>
        <source>This system records no performance figures.</source>
        <translation>Hệ thống này không ghi số liệu hiệu năng.</translation>
    </message>
    <message>
        <source>No model&apos;s performance declined over the period.</source>
        <translation>Không mô hình nào giảm hiệu năng trong kỳ.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Đầu</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Cuối</translation>
    </message>
    <message>
        <source>Change against the mean</source>
        <translation>Thay đổi so với trung bình</translation>
    </message>
    <message>
        <source>Drift detected (%1)</source>
        <translation>Trôi dạt đã phát hiện (%1)</translation>
    </message>
    <message>
        <source>This system records no drift scores.</source>
        <translation>Hệ thống này không ghi điểm trôi dạt.</translation>
    </message>
    <message>
        <source>No drift was detected in the period.</source>
        <translation>Không phát hiện trôi dạt trong kỳ.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Đặc trưng</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Ngưỡng</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Thời điểm đo</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Mới nhất</translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>Liệt kê %1 mục đầu tiên.</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Giám sát</translation>
    </message>
    <message>
        <source>No deployment records: this system keeps none.</source>
        <translation>Không có bản ghi triển khai: hệ thống này không lưu.</translation>
    </message>
    <message>
        <source>No feedback queue: this system keeps none.</source>
        <translation>Không có hàng đợi phản hồi: hệ thống này không lưu.</translation>
    </message>
    <message>
        <source>Deployments rolled back (%1, at any date)</source>
        <translation>Các triển khai đã hoàn tác (%1, mọi thời điểm)</translation>
    </message>
    <message>
        <source>No deployment has been rolled back.</source>
        <translation>Chưa có triển khai nào bị hoàn tác.</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Triển khai</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Môi trường</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Triển khai lúc</translation>
    </message>
    <message>
        <source>Feedback left pending (%1, at any date)</source>
        <translation>Phản hồi còn chờ (%1, mọi thời điểm)</translation>
    </message>
    <message>
        <source>No feedback is waiting for a decision.</source>
        <translation>Không có phản hồi nào đang chờ quyết định.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Phản hồi</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Kiểu</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>The oldest 50 are listed.</source>
        <translation>Liệt kê 50 mục cũ nhất.</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Steward compliance report · %1 · %2</source>
        <translation>Báo cáo tuân thủ Steward · %1 · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>Compliance report %1</source>
        <translation>Báo cáo tuân thủ %1</translation>
    </message>
    <message>
        <source>Laying out the report</source>
        <translation>Đang dàn trang báo cáo</translation>
    </message>
    <message>
        <source>the report was cancelled</source>
        <translation>đã hủy báo cáo</translation>
    </message>
    <message>
        <source>cannot start the PDF %1</source>
        <translation>không bắt đầu được tệp PDF %1</translation>
    </message>
    <message>
        <source>Writing page %1 of %2</source>
        <translation>Đang ghi trang %1/%2</translation>
    </message>
    <message>
        <source>a report is written as .pdf, .html or .csv, not %1</source>
        <translation>báo cáo được ghi dạng .pdf, .html hoặc .csv, không phải %1</translation>
    </message>
    <message>
        <source>unknown report format</source>
        <translation>định dạng báo cáo không rõ</translation>
    </message>
    <message>
        <source>cannot encode the chart %1</source>
        <translation>không mã hóa được biểu đồ %1</translation>
    </message>
</context>
<context>
    <name>ReviewFormat</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>better</source>
        <translation>tốt hơn</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>kém hơn</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>không đổi</translation>
    </message>
    <message>
        <source>no rule for this metric, so it is not judged</source>
        <translation>không có quy tắc cho chỉ số này nên không đánh giá</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>approving or rejecting suggestions</source>
        <translation>phê duyệt hoặc từ chối gợi ý</translation>
    </message>
    <message>
        <source>requesting a rollback</source>
        <translation>yêu cầu hoàn tác</translation>
    </message>
    <message>
        <source>approving or denying rollback requests</source>
        <translation>phê duyệt hoặc từ chối yêu cầu hoàn tác</translation>
    </message>
    <message>
        <source>working on violations</source>
        <translation>xử lý vi phạm</translation>
    </message>
    <message>
        <source>reopening a closed violation</source>
        <translation>mở lại một vi phạm đã đóng</translation>
    </message>
    <message>
        <source>closing a critical violation</source>
        <translation>đóng một vi phạm nghiêm trọng</translation>
    </message>
    <message>
        <source>importing model versions</source>
        <translation>nhập phiên bản mô hình</translation>
    </message>
    <message>
        <source>changing shared settings</source>
        <translation>thay đổi thiết lập dùng chung</translation>
    </message>
    <message>
        <source>granting and revoking roles</source>
        <translation>cấp và thu hồi vai trò</translation>
    </message>
    <message>
        <source>processing or ignoring feedback</source>
        <translation>xử lý hoặc bỏ qua phản hồi</translation>
    </message>
    <message>
        <source>%1 is %2; approving or rejecting suggestions needs the %3 role</source>
        <translation>%1 là %2; phê duyệt hoặc từ chối gợi ý cần vai trò %3</translation>
    </message>
    <message>
        <source>%1 is %2; requesting a rollback needs the %3 role</source>
        <translation>%1 là %2; yêu cầu hoàn tác cần vai trò %3</translation>
    </message>
    <message>
        <source>%1 is %2; approving or denying rollback requests needs the %3 role</source>
        <translation>%1 là %2; phê duyệt hoặc từ chối yêu cầu hoàn tác cần vai trò %3</translation>
    </message>
    <message>
        <source>%1 is %2; working on violations needs the %3 role</source>
        <translation>%1 là %2; xử lý vi phạm cần vai trò %3</translation>
    </message>
    <message>
        <source>%1 is %2; reopening a closed violation needs the %3 role</source>
        <translation>%1 là %2; mở lại một vi phạm đã đóng cần vai trò %3</translation>
    </message>
    <message>
        <source>%1 is %2; closing a critical violation needs the %3 role</source>
        <translation>%1 là %2; đóng một vi phạm nghiêm trọng cần vai trò %3</translation>
    </message>
    <message>
        <source>%1 is %2; importing model versions needs the %3 role</source>
        <translation>%1 là %2; nhập phiên bản mô hình cần vai trò %3</translation>
    </message>
    <message>
        <source>%1 is %2; changing shared settings needs the %3 role</source>
        <translation>%1 là %2; thay đổi cài đặt dùng chung cần vai trò %3</translation>
    </message>
    <message>
        <source>%1 is %2; granting and revoking roles needs the %3 role</source>
        <translation>%1 là %2; cấp và thu hồi vai trò cần vai trò %3</translation>
    </message>
    <message>
        <source>%1 is %2; processing or ignoring feedback needs the %3 role</source>
        <translation>%1 là %2; xử lý hoặc bỏ qua phản hồi cần vai trò %3</translation>
    </message>
</context>
<context>
    <name>RoleRepository</name>
    <message>
        <source>reading the role of %1</source>
        <translation>đang đọc vai trò của %1</translation>
    </message>
    <message>
        <source>listing roles</source>
        <translation>đang liệt kê vai trò</translation>
    </message>
    <message>
        <source>grant needs a user name</source>
        <translation>cấp quyền cần tên người dùng</translation>
    </message>
    <message>
        <source>replacing the role of %1</source>
        <translation>đang thay vai trò của %1</translation>
    </message>
    <message>
        <source>granting %1 to %2</source>
        <translation>đang cấp %1 cho %2</translation>
    </message>
    <message>
        <source>counting admins</source>
        <translation>đang đếm admin</translation>
    </message>
    <message>
        <source>%1 is the last admin; grant admin to someone else first</source>
        <translation>%1 là admin cuối cùng; hãy cấp quyền admin cho người khác trước</translation>
    </message>
    <message>
        <source>revoking the role of %1</source>
        <translation>đang thu hồi vai trò của %1</translation>
    </message>
    <message>
        <source>%1 has no granted role</source>
        <translation>%1 chưa được cấp vai trò nào</translation>
    </message>
    <message>
        <source>%1 is %2, not %3; nothing was revoked</source>
        <translation>%1 là %2, không phải %3; không có gì bị thu hồi</translation>
    </message>
    <message>
        <source>client scopes need a PostgreSQL server that enforces the roles (run `steward-cli init` as the database owner)</source>
        <translation>phạm vi khách hàng cần một máy chủ PostgreSQL thực thi các vai trò (chạy `steward-cli init` với tư cách chủ sở hữu cơ sở dữ liệu)</translation>
    </message>
</context>
<context>
    <name>RollbackRequests</name>
    <message>
        <source>rolling back suggestion %1</source>
        <translation>đang hoàn tác gợi ý %1</translation>
    </message>
    <message>
        <source>suggestion %1 is no longer applied; the rollback request cannot be approved</source>
        <translation>gợi ý %1 không còn được áp dụng; không thể phê duyệt yêu cầu hoàn tác</translation>
    </message>
    <message>
        <source>reading the active version</source>
        <translation>đang đọc phiên bản đang dùng</translation>
    </message>
    <message>
        <source>replacing the active version</source>
        <translation>đang thay phiên bản đang dùng</translation>
    </message>
    <message>
        <source>activating version %1</source>
        <translation>đang kích hoạt phiên bản %1</translation>
    </message>
    <message>
        <source>rollback request %1 targets a %2, which this version of Steward cannot roll back</source>
        <translation>yêu cầu hoàn tác %1 nhắm đến một %2, mà phiên bản Steward này không hoàn tác được</translation>
    </message>
    <message>
        <source>%1 requested this rollback and cannot decide it; another manager must</source>
        <translation>%1 đã yêu cầu hoàn tác này nên không thể tự quyết định; phải là một quản lý khác</translation>
    </message>
    <message>
        <source>looking for open rollback requests</source>
        <translation>đang tìm yêu cầu hoàn tác đang mở</translation>
    </message>
    <message>
        <source>a rollback of %1 %2 was already requested by %3 (request %4) and awaits a manager</source>
        <translation>%3 đã yêu cầu hoàn tác %1 %2 (yêu cầu %4), đang chờ quản lý</translation>
    </message>
    <message>
        <source>filing the rollback request</source>
        <translation>đang gửi yêu cầu hoàn tác</translation>
    </message>
    <message>
        <source>a rollback request needs a reason</source>
        <translation>yêu cầu hoàn tác cần có lý do</translation>
    </message>
    <message>
        <source>a model rollback needs the client (--client)</source>
        <translation>khôi phục mô hình cần khách hàng (--client)</translation>
    </message>
    <message>
        <source>looking up model version %1</source>
        <translation>đang tra cứu phiên bản mô hình %1</translation>
    </message>
    <message>
        <source>client %1 has no model version %2</source>
        <translation>khách hàng %1 không có phiên bản mô hình %2</translation>
    </message>
    <message>
        <source>%1 is already the active version of %2</source>
        <translation>%1 đã là phiên bản đang dùng của %2</translation>
    </message>
    <message>
        <source>listing rollback requests</source>
        <translation>đang liệt kê yêu cầu hoàn tác</translation>
    </message>
    <message>
        <source>reading rollback request %1</source>
        <translation>đang đọc yêu cầu hoàn tác %1</translation>
    </message>
    <message>
        <source>no rollback request with id %1</source>
        <translation>không có yêu cầu hoàn tác với mã %1</translation>
    </message>
    <message>
        <source>recording the decision on rollback request %1</source>
        <translation>đang ghi quyết định về yêu cầu hoàn tác %1</translation>
    </message>
</context>
<context>
    <name>RollupMarks</name>
    <message>
        <source>reading a daily rollup</source>
        <translation>đang đọc một bảng tổng hợp theo ngày</translation>
    </message>
    <message>
        <source>recording how far a daily rollup goes</source>
        <translation>đang ghi lại bảng tổng hợp theo ngày đã đến đâu</translation>
    </message>
</context>
<context>
    <name>SchemaCatalog</name>
    <message>
        <source>listing tables</source>
        <translation>đang liệt kê bảng</translation>
    </message>
    <message>
        <source>counting rows of %1</source>
        <translation>đang đếm dòng của %1</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>đang đọc %1</translation>
    </message>
    <message>
        <source>%1 may not read the %2 table (the database login lacks the SELECT privilege)</source>
        <translation>%1 không được đọc bảng %2 (tài khoản đăng nhập cơ sở dữ liệu thiếu quyền SELECT)</translation>
    </message>
</context>
<context>
    <name>ScopeWords</name>
    <message>
        <source>Client</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Khách hàng:</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Mọi khách hàng</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Công ty</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Công ty:</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>Mọi công ty</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation>Nhà hàng</translation>
    </message>
    <message>
        <source>Restaurant:</source>
        <translation>Nhà hàng:</translation>
    </message>
    <message>
        <source>All restaurants</source>
        <translation>Mọi nhà hàng</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Mô hình:</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Mọi mô hình</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>looking for %1</source>
        <translation>đang tìm %1</translation>
    </message>
    <message>
        <source>reading the newest row of %1</source>
        <translation>đọc hàng mới nhất của %1</translation>
    </message>
    <message>
        <source>recording the search index of %1</source>
        <translation>ghi lại chỉ mục tìm kiếm của %1</translation>
    </message>
    <message>
        <source>creating the pg_trgm extension needs the CREATE privilege on the database (its owner has it): %1</source>
        <translation>tạo phần mở rộng pg_trgm cần quyền CREATE trên cơ sở dữ liệu (chủ sở hữu của nó có quyền này): %1</translation>
    </message>
    <message>
        <source>creating search indexes</source>
        <translation>tạo chỉ mục tìm kiếm</translation>
    </message>
    <message>
        <source>the search index is built inside a transaction on SQLite only</source>
        <translation>chỉ mục tìm kiếm chỉ được xây dựng trong một giao dịch trên SQLite</translation>
    </message>
    <message>
        <source>looking for the search index of %1</source>
        <translation>đang tìm chỉ mục tìm kiếm của %1</translation>
    </message>
    <message>
        <source>reading the search index of %1</source>
        <translation>đọc chỉ mục tìm kiếm của %1</translation>
    </message>
    <message>
        <source>indexing new rows of %1</source>
        <translation>đánh chỉ mục các hàng mới của %1</translation>
    </message>
    <message>
        <source>searching %1</source>
        <translation>đang tìm kiếm trong %1</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>writing the workflow table for the server</source>
        <translation>ghi bảng quy trình cho máy chủ</translation>
    </message>
    <message>
        <source>looking for Steward&apos;s server functions</source>
        <translation>tìm các hàm máy chủ của Steward</translation>
    </message>
    <message>
        <source>checking who owns Steward&apos;s tables</source>
        <translation>kiểm tra ai sở hữu các bảng của Steward</translation>
    </message>
    <message>
        <source>reading the role of %1</source>
        <translation>đang đọc vai trò của %1</translation>
    </message>
    <message>
        <source>reading the clients of %1</source>
        <translation>đọc các khách hàng của %1</translation>
    </message>
    <message>
        <source>deciding on %1</source>
        <translation>quyết định về %1</translation>
    </message>
    <message>
        <source>granting %1 to %2</source>
        <translation>đang cấp %1 cho %2</translation>
    </message>
    <message>
        <source>revoking the role of %1</source>
        <translation>đang thu hồi vai trò của %1</translation>
    </message>
    <message>
        <source>saving %1</source>
        <translation>lưu %1</translation>
    </message>
    <message>
        <source>filing the rollback request</source>
        <translation>đang gửi yêu cầu hoàn tác</translation>
    </message>
    <message>
        <source>recording the import of %1</source>
        <translation>đang ghi lần nhập %1</translation>
    </message>
    <message>
        <source>writing where %1 keeps %2</source>
        <translation>đang ghi nơi %1 lưu %2</translation>
    </message>
</context>
<context>
    <name>SnapshotCheck</name>
    <message>
        <source>the integrity check failed: %1</source>
        <translation>kiểm tra toàn vẹn thất bại: %1</translation>
    </message>
    <message>
        <source>it has no snapshot manifest (it is not a Steward snapshot)</source>
        <translation>không có bản kê bản chụp (không phải bản chụp Steward)</translation>
    </message>
    <message>
        <source>only a snapshot file can be checked, not a server database</source>
        <translation>chỉ kiểm tra được tệp bản chụp, không phải cơ sở dữ liệu máy chủ</translation>
    </message>
    <message>
        <source>the check was cancelled</source>
        <translation>đã hủy kiểm tra</translation>
    </message>
    <message>
        <source>%1 is listed in the manifest but missing from the file</source>
        <translation>%1 có trong bản kê nhưng thiếu trong tệp</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 is in the file but not in the manifest</source>
        <translation>%1 có trong tệp nhưng không có trong bản kê</translation>
    </message>
    <message>
        <source>%1 has %2 rows; its manifest says %3</source>
        <translation>%1 có %2 dòng; bản kê ghi %3</translation>
    </message>
    <message>
        <source>%1 does not match its manifest digest</source>
        <translation>%1 không khớp với mã băm trong bản kê</translation>
    </message>
</context>
<context>
    <name>SnapshotDiff</name>
    <message>
        <source>comparing</source>
        <translation>đang so sánh</translation>
    </message>
    <message>
        <source>the older database</source>
        <translation>cơ sở dữ liệu cũ hơn</translation>
    </message>
    <message>
        <source>the newer database</source>
        <translation>cơ sở dữ liệu mới hơn</translation>
    </message>
    <message>
        <source>%1 is missing in %2; not compared</source>
        <translation>%1 thiếu trong %2; không so sánh</translation>
    </message>
    <message>
        <source>%1 has no column %2 in %3; not compared</source>
        <translation>%1 không có cột %2 trong %3; không so sánh</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>đang đọc %1</translation>
    </message>
    <message>
        <source>reading model versions</source>
        <translation>đang đọc phiên bản mô hình</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>đang đọc nhật ký kiểm toán</translation>
    </message>
    <message>
        <source>the older database has no audit trail; not compared</source>
        <translation>cơ sở dữ liệu cũ hơn không có nhật ký kiểm toán; không so sánh</translation>
    </message>
    <message>
        <source>the newer database has no audit trail; not compared</source>
        <translation>cơ sở dữ liệu mới hơn không có nhật ký kiểm toán; không so sánh</translation>
    </message>
    <message>
        <source>the newer audit trail does not continue the older one: entry %1 differs or is missing (a record was altered or removed, or these are different databases)</source>
        <translation>nhật ký kiểm toán mới hơn không nối tiếp nhật ký cũ: mục %1 khác hoặc bị thiếu (một bản ghi đã bị sửa hoặc xóa, hoặc đây là hai cơ sở dữ liệu khác nhau)</translation>
    </message>
    <message>
        <source>%1 (snapshot of %2, exported %3 by %4)</source>
        <translation>%1 (bản chụp của %2, %4 xuất lúc %3)</translation>
    </message>
    <message>
        <source>the &quot;older&quot; snapshot was exported after the &quot;newer&quot; one; the changes read backwards</source>
        <translation>bản chụp &quot;cũ hơn&quot; được xuất sau bản &quot;mới hơn&quot;; các thay đổi hiển thị theo chiều ngược</translation>
    </message>
    <message>
        <source>Suggestions that changed state</source>
        <translation>Các gợi ý đã đổi trạng thái</translation>
    </message>
    <message>
        <source>Violations that changed state</source>
        <translation>Các vi phạm đã đổi trạng thái</translation>
    </message>
    <message>
        <source>Model versions that appeared</source>
        <translation>Các phiên bản mô hình mới xuất hiện</translation>
    </message>
    <message>
        <source>What the audit trail gained</source>
        <translation>Những gì nhật ký kiểm toán có thêm</translation>
    </message>
    <message>
        <source>State changes with no audit record</source>
        <translation>Thay đổi trạng thái không có bản ghi kiểm toán</translation>
    </message>
</context>
<context>
    <name>SnapshotDiffModel</name>
    <message>
        <source>Suggestion</source>
        <translation>Gợi ý</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Vi phạm</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>WMAPE</source>
        <translation>WMAPE</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ai</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <source>Item kind</source>
        <translation>Loại mục</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Tạo lúc (UTC)</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Khi nào (UTC)</translation>
    </message>
    <message>
        <source>Summary or description</source>
        <translation>Tóm tắt hoặc mô tả</translation>
    </message>
</context>
<context>
    <name>SnapshotDigest</name>
    <message>
        <source>row digests are computed on SQLite files only</source>
        <translation>mã băm dòng chỉ tính trên tệp SQLite</translation>
    </message>
    <message>
        <source>reading the columns of %1: %2</source>
        <translation>đang đọc các cột của %1: %2</translation>
    </message>
    <message>
        <source>there is no table %1</source>
        <translation>không có bảng %1</translation>
    </message>
    <message>
        <source>reading %1: %2</source>
        <translation>đang đọc %1: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
</context>
<context>
    <name>SnapshotExport</name>
    <message>
        <source>the export was cancelled; nothing was written</source>
        <translation>đã hủy xuất; không có gì được ghi</translation>
    </message>
    <message>
        <source>two tables would both be called %1 in the snapshot; rename one of them first</source>
        <translation>hai bảng sẽ cùng có tên %1 trong bản chụp; hãy đổi tên một bảng trước</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>đang đọc %1</translation>
    </message>
    <message>
        <source>%1: %2 rows were read but %3 were written</source>
        <translation>%1: đã đọc %2 dòng nhưng ghi %3 dòng</translation>
    </message>
    <message>
        <source>%1 is the database being exported; choose another file</source>
        <translation>%1 là cơ sở dữ liệu đang được xuất; hãy chọn tệp khác</translation>
    </message>
</context>
<context>
    <name>SnapshotFormat</name>
    <message>
        <source>looking for a snapshot manifest</source>
        <translation>đang tìm bản kê bản chụp</translation>
    </message>
    <message>
        <source>the snapshot manifest is incomplete: one of its two tables is missing</source>
        <translation>bản kê bản chụp không đầy đủ: thiếu một trong hai bảng</translation>
    </message>
    <message>
        <source>reading the snapshot manifest</source>
        <translation>đang đọc bản kê bản chụp</translation>
    </message>
    <message>
        <source>the snapshot manifest does not name its format</source>
        <translation>bản kê bản chụp không ghi định dạng</translation>
    </message>
    <message>
        <source>the snapshot is in format %1, which this build does not know; use a newer Steward</source>
        <translation>bản chụp ở định dạng %1, mà bản dựng này không biết; hãy dùng Steward mới hơn</translation>
    </message>
    <message>
        <source>reading the snapshot&apos;s table list</source>
        <translation>đang đọc danh sách bảng của bản chụp</translation>
    </message>
    <message>
        <source>writing the snapshot manifest</source>
        <translation>đang ghi bản kê bản chụp</translation>
    </message>
</context>
<context>
    <name>SourceTables</name>
    <message>
        <source>cannot read %1 as %2 (%3): %4</source>
        <translation>không đọc được %1 như %2 (%3): %4</translation>
    </message>
    <message>
        <source>looking for the view %1</source>
        <translation>đang tìm view %1</translation>
    </message>
</context>
<context>
    <name>SqlScript</name>
    <message>
        <source>missing built-in script %1</source>
        <translation>thiếu tập lệnh dựng sẵn %1</translation>
    </message>
</context>
<context>
    <name>SqliteFile</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: không có tệp này</translation>
    </message>
    <message>
        <source>%1: is a directory, not a database file</source>
        <translation>%1: là thư mục, không phải tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: không phải tệp thông thường</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: không đọc được (%2)</translation>
    </message>
    <message>
        <source>%1: is a text file, not a SQLite database</source>
        <translation>%1: là tệp văn bản, không phải cơ sở dữ liệu SQLite</translation>
    </message>
    <message>
        <source>%1: not a SQLite database (the header is missing; the file may be encrypted or of another kind)</source>
        <translation>%1: không phải cơ sở dữ liệu SQLite (thiếu phần đầu tệp; tệp có thể bị mã hóa hoặc thuộc loại khác)</translation>
    </message>
    <message>
        <source>%1: the SQLite file is truncated (only %2 bytes)</source>
        <translation>%1: tệp SQLite bị cắt cụt (chỉ %2 byte)</translation>
    </message>
    <message>
        <source>%1: the SQLite header is damaged (page size %2)</source>
        <translation>%1: phần đầu SQLite bị hỏng (kích thước trang %2)</translation>
    </message>
    <message>
        <source>%1: the SQLite file is truncated: its header counts %2 pages of %3 bytes (%4 bytes), the file has %5</source>
        <translation>%1: tệp SQLite bị cắt cụt: phần đầu ghi %2 trang mỗi trang %3 byte (%4 byte), tệp chỉ có %5</translation>
    </message>
</context>
<context>
    <name>SqliteRowWriter</name>
    <message>
        <source>rows are written into SQLite files only</source>
        <translation>dòng chỉ được ghi vào tệp SQLite</translation>
    </message>
    <message>
        <source>preparing the insert into %1</source>
        <translation>đang chuẩn bị chèn vào %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>binding a value for %1</source>
        <translation>đang gán giá trị cho %1</translation>
    </message>
    <message>
        <source>inserting into %1</source>
        <translation>đang chèn vào %1</translation>
    </message>
</context>
<context>
    <name>SuggestionArrivals</name>
    <message>
        <source>looking for new suggestions</source>
        <translation>đang tìm đề xuất mới</translation>
    </message>
    <message>
        <source>looking for Steward&apos;s server functions</source>
        <translation>đang tìm các hàm máy chủ của Steward</translation>
    </message>
    <message>
        <source>recording new suggestions</source>
        <translation>đang ghi nhận đề xuất mới</translation>
    </message>
</context>
<context>
    <name>SuggestionQuery</name>
    <message>
        <source>the queue cannot be sorted by %1; sortable columns: %2</source>
        <translation>không thể sắp xếp hàng đợi theo %1; các cột sắp xếp được: %2</translation>
    </message>
    <message>
        <source>%1 is not a cycle id (cycle ids are UUIDs)</source>
        <translation>%1 không phải mã chu kỳ (mã chu kỳ là UUID)</translation>
    </message>
</context>
<context>
    <name>SuggestionRepository</name>
    <message>
        <source>reading cycle %1</source>
        <translation>đang đọc chu kỳ %1</translation>
    </message>
    <message>
        <source>no suggestion with id %1</source>
        <translation>không có gợi ý với mã %1</translation>
    </message>
    <message>
        <source>reading suggestion %1</source>
        <translation>đang đọc gợi ý %1</translation>
    </message>
    <message>
        <source>no list of values for %1</source>
        <translation>không có danh sách giá trị cho %1</translation>
    </message>
    <message>
        <source>listing the values of %1</source>
        <translation>đang liệt kê các giá trị của %1</translation>
    </message>
    <message>
        <source>listing improvement cycles</source>
        <translation>đang liệt kê chu kỳ cải tiến</translation>
    </message>
    <message>
        <source>reading when Steward first saw %1</source>
        <translation>đang đọc thời điểm Steward thấy %1 lần đầu</translation>
    </message>
    <message>
        <source>looking for an index on %1</source>
        <translation>đang tìm chỉ mục trên %1</translation>
    </message>
</context>
<context>
    <name>SuggestionSortIndex</name>
    <message>
        <source>reading the sort index</source>
        <translation>đang đọc chỉ mục sắp xếp</translation>
    </message>
    <message>
        <source>indexing new rows of %1</source>
        <translation>đánh chỉ mục các hàng mới của %1</translation>
    </message>
</context>
<context>
    <name>SystemDemo</name>
    <message>
        <source>the demo writes the pipeline, urutiiq, within or krongthai, not %1</source>
        <translation>bản demo ghi pipeline, urutiiq, within hoặc krongthai, không phải %1</translation>
    </message>
</context>
<context>
    <name>TableListModel</name>
    <message>
        <source>Not counted: views in untrusted files are not run</source>
        <translation>Không đếm: view trong tệp không tin cậy không được chạy</translation>
    </message>
    <message>
        <source>view</source>
        <translation>view</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <source>pipeline</source>
        <translation>pipeline</translation>
    </message>
    <message>
        <source>other</source>
        <translation>khác</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Counting the rows…</source>
        <translation>Đang đếm số hàng…</translation>
    </message>
</context>
<context>
    <name>TransitionEngine</name>
    <message>
        <source> (%1 by %2 at %3)</source>
        <translation> (%1 bởi %2 lúc %3)</translation>
    </message>
    <message>
        <source> (changed outside Steward)</source>
        <translation> (được thay đổi ngoài Steward)</translation>
    </message>
    <message>
        <source>%1 %2 is %3 now, not %4%5; nothing was changed</source>
        <translation>%1 %2 hiện là %3, không phải %4%5; không có gì bị thay đổi</translation>
    </message>
    <message>
        <source>reading %1 %2</source>
        <translation>đang đọc %1 %2</translation>
    </message>
    <message>
        <source>no %1 with id %2</source>
        <translation>không có %1 với mã %2</translation>
    </message>
    <message>
        <source>updating %1</source>
        <translation>đang cập nhật %1</translation>
    </message>
    <message>
        <source>%1 %2 changed while it was being decided; nothing was changed</source>
        <translation>%1 %2 đã thay đổi trong lúc đang được quyết định; không có gì bị thay đổi</translation>
    </message>
    <message>
        <source>this database (%1) keeps no %2 items</source>
        <translation>cơ sở dữ liệu này (%1) không lưu mục %2 nào</translation>
    </message>
    <message>
        <source>This decision needs %1</source>
        <translation>Quyết định này cần %1</translation>
    </message>
</context>
<context>
    <name>VersionDetail</name>
    <message>
        <source>active version</source>
        <translation>phiên bản đang dùng</translation>
    </message>
    <message>
        <source>active (newest; no version set)</source>
        <translation>đang dùng (mới nhất; chưa đặt phiên bản)</translation>
    </message>
    <message>
        <source>Rollback to %1 requested by %2 on %3 (request %4) — awaiting a manager. Reason: %5</source>
        <translation>%2 đã yêu cầu khôi phục về %1 ngày %3 (yêu cầu %4) — đang chờ quản lý. Lý do: %5</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>&lt;p&gt;No metrics recorded.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chưa ghi nhận chỉ số nào.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The metrics are not valid JSON (%1); the stored text is:</source>
        <translation>Các chỉ số không phải JSON hợp lệ (%1); nội dung đã lưu là:</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>càng cao càng tốt</translation>
    </message>
    <message>
        <source>closer to zero is better</source>
        <translation>càng gần 0 càng tốt</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>càng thấp càng tốt</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>không phải số</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Imported from a model folder</source>
        <translation>Được nhập từ thư mục mô hình</translation>
    </message>
    <message>
        <source>From &lt;code&gt;%1&lt;/code&gt; by %2 on %3.</source>
        <translation>Từ &lt;code&gt;%1&lt;/code&gt; bởi %2 ngày %3.</translation>
    </message>
    <message>
        <source>target &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>đối tượng &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Features (%1): %2</source>
        <translation>Đặc trưng (%1): %2</translation>
    </message>
    <message>
        <source>Candidates evaluated:</source>
        <translation>Các ứng viên đã đánh giá:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>Training jobs</source>
        <translation>Tác vụ huấn luyện</translation>
    </message>
    <message>
        <source>&lt;p&gt;No training job names this version.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Không có tác vụ huấn luyện nào ghi phiên bản này.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tác vụ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Backtests</source>
        <translation>Kiểm thử ngược</translation>
    </message>
    <message>
        <source>&lt;p&gt;This version was not backtested.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Phiên bản này chưa được kiểm thử ngược.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON không hợp lệ: %1</translation>
    </message>
    <message>
        <source>Backtests (walk-forward folds)</source>
        <translation>Kiểm thử ngược (các lượt walk-forward)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Fold</source>
        <translation>Lượt</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Huấn luyện</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Forecasts</source>
        <translation>Dự báo</translation>
    </message>
    <message>
        <source>&lt;p&gt;No forecasts were made with this version.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chưa có dự báo nào dùng phiên bản này.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Forecasts made with this version</source>
        <translation>Dự báo dùng phiên bản này</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Chuỗi</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Mean predicted</source>
        <translation>Trung bình dự báo</translation>
    </message>
    <message>
        <source>… and %1 more series.</source>
        <translation>… và %1 chuỗi nữa.</translation>
    </message>
    <message>
        <source>The table %1 is missing from this database, so Steward cannot show this.</source>
        <translation>Cơ sở dữ liệu này thiếu bảng %1, nên Steward không thể hiện phần này.</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>kém hơn</translation>
    </message>
    <message>
        <source>better</source>
        <translation>tốt hơn</translation>
    </message>
    <message>
        <source>vs previous (%1)</source>
        <translation>so với bản trước (%1)</translation>
    </message>
    <message>
        <source>vs active (%1)</source>
        <translation>so với bản đang dùng (%1)</translation>
    </message>
    <message>
        <source>Worse than the previous version, %1, on: %2.</source>
        <translation>Kém hơn phiên bản trước, %1, ở: %2.</translation>
    </message>
    <message>
        <source>Worse than the active version, %1, on: %2.</source>
        <translation>Kém hơn phiên bản đang dùng, %1, ở: %2.</translation>
    </message>
    <message>
        <source>active (as its system marks it)</source>
        <translation>đang dùng (theo đánh dấu của hệ thống)</translation>
    </message>
    <message>
        <source>trained %1</source>
        <translation>huấn luyện %1</translation>
    </message>
    <message>
        <source>registered %1</source>
        <translation>đăng ký %1</translation>
    </message>
    <message>
        <source>features: %1</source>
        <translation>đặc trưng: %1</translation>
    </message>
    <message>
        <source>training samples: %1</source>
        <translation>mẫu huấn luyện: %1</translation>
    </message>
</context>
<context>
    <name>VersionDetails</name>
    <message>
        <source>reading the training jobs of %1</source>
        <translation>đang đọc tác vụ huấn luyện của %1</translation>
    </message>
    <message>
        <source>reading earlier training attempts</source>
        <translation>đang đọc các lần huấn luyện trước</translation>
    </message>
    <message>
        <source>reading the backtests of %1</source>
        <translation>đang đọc kiểm thử ngược của %1</translation>
    </message>
    <message>
        <source>finding the versions that made forecasts</source>
        <translation>đang tìm các phiên bản đã tạo dự báo</translation>
    </message>
    <message>
        <source>reading the forecasts of %1</source>
        <translation>đang đọc các dự báo của %1</translation>
    </message>
    <message>
        <source>reading the import record of %1</source>
        <translation>đang đọc bản ghi nhập của %1</translation>
    </message>
</context>
<context>
    <name>VersionListQuery</name>
    <message>
        <source>locating version %1</source>
        <translation>đang tìm phiên bản %1</translation>
    </message>
</context>
<context>
    <name>VersionRollback</name>
    <message>
        <source>%1 is already the active version of %2 (the newest; no other version has been set)</source>
        <translation>%1 đã là phiên bản đang dùng của %2 (mới nhất; chưa đặt phiên bản nào khác)</translation>
    </message>
    <message>
        <source>%1 marks which of its versions is active itself; Steward does not change it (see Monitoring, Deployments)</source>
        <translation>%1 tự đánh dấu phiên bản nào đang dùng; Steward không thay đổi điều đó (xem Giám sát, Triển khai)</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <source>Suggestions</source>
        <translation>Gợi ý</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Kiểm toán</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <source>SQL console</source>
        <translation>Bảng điều khiển SQL</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Giám sát</translation>
    </message>
</context>
<context>
    <name>ViolationDecisions</name>
    <message>
        <source>the violation is %1 already; nothing was changed</source>
        <translation>vi phạm đã ở trạng thái %1; không có gì bị thay đổi</translation>
    </message>
    <message>
        <source>reading the assignment</source>
        <translation>đang đọc việc giao</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot work on violations; assign someone who is analyst, manager or admin</source>
        <translation>%1 là %2 và không thể xử lý vi phạm; hãy giao cho người là analyst, manager hoặc admin</translation>
    </message>
    <message>
        <source>assigning the violation</source>
        <translation>đang giao vi phạm</translation>
    </message>
    <message>
        <source>recording the resolution</source>
        <translation>đang ghi cách giải quyết</translation>
    </message>
    <message>
        <source>reading the resolution</source>
        <translation>đang đọc cách giải quyết</translation>
    </message>
    <message>
        <source>an assignment needs the person to assign</source>
        <translation>giao việc cần có người được giao</translation>
    </message>
    <message>
        <source>the violation is assigned to %1 now, not %2; nothing was changed</source>
        <translation>vi phạm hiện được giao cho %1, không phải %2; không có gì bị thay đổi</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>không ai</translation>
    </message>
    <message>
        <source>the violation is assigned to %1 already</source>
        <translation>vi phạm đã được giao cho %1</translation>
    </message>
    <message>
        <source>--to must be investigating, resolved, false_positive or open, not %1</source>
        <translation>--to phải là investigating, resolved, false_positive hoặc open, không phải %1</translation>
    </message>
</context>
<context>
    <name>ViolationHeadline</name>
    <message>
        <source>counting open criticals, overdue and unassigned violations</source>
        <translation>đếm vi phạm nghiêm trọng đang mở, quá hạn và chưa giao</translation>
    </message>
</context>
<context>
    <name>ViolationQuery</name>
    <message>
        <source>reading violations</source>
        <translation>đang đọc vi phạm</translation>
    </message>
    <message>
        <source>counting violations</source>
        <translation>đang đếm vi phạm</translation>
    </message>
    <message>
        <source>no violation with id %1 (give the id, or at least its first six characters)</source>
        <translation>không có vi phạm với mã %1 (hãy nhập mã, hoặc ít nhất sáu ký tự đầu)</translation>
    </message>
    <message>
        <source>looking up violation %1</source>
        <translation>đang tra cứu vi phạm %1</translation>
    </message>
    <message>
        <source>no violation with id %1</source>
        <translation>không có vi phạm với mã %1</translation>
    </message>
    <message>
        <source>%1 is the start of more than one violation id; give more of it</source>
        <translation>%1 là phần đầu của nhiều mã vi phạm; hãy nhập dài hơn</translation>
    </message>
    <message>
        <source>reading violation %1</source>
        <translation>đang đọc vi phạm %1</translation>
    </message>
    <message>
        <source>violations cannot be listed by that column</source>
        <translation>không thể liệt kê vi phạm theo cột đó</translation>
    </message>
    <message>
        <source>reading filter choices</source>
        <translation>đang đọc các lựa chọn lọc</translation>
    </message>
</context>
<context>
    <name>ViolationTerms</name>
    <message>
        <source>Critical</source>
        <translation>Nghiêm trọng</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>Đang điều tra</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Báo động nhầm</translation>
    </message>
</context>
<context>
    <name>ViolationTimeline</name>
    <message>
        <source>someone</source>
        <translation>ai đó</translation>
    </message>
    <message>
        <source>Detected by the monitor</source>
        <translation>Được bộ giám sát phát hiện</translation>
    </message>
    <message>
        <source>Detected by %1</source>
        <translation>Phát hiện bởi %1</translation>
    </message>
    <message>
        <source>%1 started investigating</source>
        <translation>%1 bắt đầu điều tra</translation>
    </message>
    <message>
        <source>%1 assigned it to %2</source>
        <translation>%1 đã giao cho %2</translation>
    </message>
    <message>
        <source>%1 reassigned it from %2 to %3</source>
        <translation>%1 đã chuyển từ %2 sang %3</translation>
    </message>
    <message>
        <source>%1 resolved it</source>
        <translation>%1 đã giải quyết</translation>
    </message>
    <message>
        <source>%1 marked it a false positive</source>
        <translation>%1 đã đánh dấu là báo động nhầm</translation>
    </message>
    <message>
        <source>%1 reopened it</source>
        <translation>%1 đã mở lại</translation>
    </message>
    <message>
        <source>%1 returned it to the open queue</source>
        <translation>%1 đã trả về hàng đợi mở</translation>
    </message>
    <message>
        <source>%1 commented</source>
        <translation>%1 đã bình luận</translation>
    </message>
    <message>
        <source>%1 closed it as %2 (recorded outside Steward)</source>
        <translation>%1 đã đóng với trạng thái %2 (ghi nhận ngoài Steward)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Suggestion approved</source>
        <translation>Đã phê duyệt gợi ý</translation>
    </message>
    <message>
        <source>Suggestion rejected</source>
        <translation>Đã từ chối gợi ý</translation>
    </message>
    <message>
        <source>Suggestion rolled back</source>
        <translation>Đã hoàn tác gợi ý</translation>
    </message>
    <message>
        <source>Rollback requested</source>
        <translation>Đã yêu cầu hoàn tác</translation>
    </message>
    <message>
        <source>Rollback approved</source>
        <translation>Đã phê duyệt hoàn tác</translation>
    </message>
    <message>
        <source>Rollback denied</source>
        <translation>Đã từ chối hoàn tác</translation>
    </message>
    <message>
        <source>Model version activated</source>
        <translation>Đã kích hoạt phiên bản mô hình</translation>
    </message>
    <message>
        <source>Violation investigation started</source>
        <translation>Đã bắt đầu điều tra vi phạm</translation>
    </message>
    <message>
        <source>Violation assigned</source>
        <translation>Đã giao vi phạm</translation>
    </message>
    <message>
        <source>Violation resolved</source>
        <translation>Đã giải quyết vi phạm</translation>
    </message>
    <message>
        <source>Violation marked false positive</source>
        <translation>Đã đánh dấu vi phạm là báo động nhầm</translation>
    </message>
    <message>
        <source>Violation reopened</source>
        <translation>Đã mở lại vi phạm</translation>
    </message>
    <message>
        <source>Violation returned to open</source>
        <translation>Đã trả vi phạm về mở</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Đã đổi thiết lập</translation>
    </message>
    <message>
        <source>Role granted</source>
        <translation>Đã cấp vai trò</translation>
    </message>
    <message>
        <source>Role revoked</source>
        <translation>Đã thu hồi vai trò</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>WmapeTriggers</name>
    <message>
        <source>reading the current schema</source>
        <translation>đang đọc lược đồ hiện tại</translation>
    </message>
    <message>
        <source>the session has no current schema to find the forecasts in</source>
        <translation>phiên không có lược đồ hiện tại để tìm các dự báo</translation>
    </message>
    <message>
        <source>the schema&apos;s name %1 cannot be written into the rollup&apos;s triggers</source>
        <translation>không thể ghi tên lược đồ %1 vào các trigger của bảng tổng hợp</translation>
    </message>
    <message>
        <source>the rollup&apos;s triggers are for a PostgreSQL server</source>
        <translation>các trigger của bảng tổng hợp dành cho máy chủ PostgreSQL</translation>
    </message>
    <message>
        <source>missing built-in script %1</source>
        <translation>thiếu script tích hợp %1</translation>
    </message>
    <message>
        <source>creating the accuracy rollup&apos;s triggers needs ownership of forecast_results and forecast_actuals: %1</source>
        <translation>tạo các trigger của bảng tổng hợp độ chính xác cần quyền sở hữu forecast_results và forecast_actuals: %1</translation>
    </message>
    <message>
        <source>looking for the accuracy rollup</source>
        <translation>đang tìm bảng tổng hợp độ chính xác</translation>
    </message>
    <message>
        <source>reading the accuracy rollup&apos;s state</source>
        <translation>đang đọc trạng thái của bảng tổng hợp độ chính xác</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>only a pending suggestion can be approved; this one is %1</source>
        <translation>chỉ gợi ý đang chờ mới duyệt được; gợi ý này là %1</translation>
    </message>
    <message>
        <source>a comment saying why</source>
        <translation>một ghi chú nêu lý do</translation>
    </message>
    <message>
        <source>only a pending suggestion can be rejected; this one is %1</source>
        <translation>chỉ gợi ý đang chờ mới từ chối được; gợi ý này là %1</translation>
    </message>
    <message>
        <source>a reason</source>
        <translation>một lý do</translation>
    </message>
    <message>
        <source>only an applied suggestion can be rolled back; this one is %1</source>
        <translation>chỉ gợi ý đã áp dụng mới hoàn tác được; gợi ý này là %1</translation>
    </message>
    <message>
        <source>this rollback request was %1 already</source>
        <translation>yêu cầu hoàn tác này đã %1 rồi</translation>
    </message>
    <message>
        <source>only an open violation can be taken up; this one is %1</source>
        <translation>chỉ nhận xử lý được vi phạm đang mở; vi phạm này là %1</translation>
    </message>
    <message>
        <source>the resolution</source>
        <translation>cách giải quyết</translation>
    </message>
    <message>
        <source>start the investigation first: only a violation under investigation can be closed; this one is %1</source>
        <translation>hãy bắt đầu điều tra trước: chỉ vi phạm đang được điều tra mới đóng được; vi phạm này là %1</translation>
    </message>
    <message>
        <source>a justification</source>
        <translation>một lý do</translation>
    </message>
    <message>
        <source>only a violation under investigation can be handed back to the queue; this one is %1 (a closed one is reopened)</source>
        <translation>chỉ vi phạm đang được điều tra mới trả lại hàng đợi được; vi phạm này là %1 (vi phạm đã đóng thì mở lại)</translation>
    </message>
    <message>
        <source>only a resolved or false-positive violation can be reopened; this one is %1</source>
        <translation>chỉ vi phạm đã giải quyết hoặc báo động nhầm mới mở lại được; vi phạm này là %1</translation>
    </message>
    <message>
        <source>the violation is %1; reopen it before assigning it</source>
        <translation>vi phạm đang là %1; hãy mở lại trước khi giao việc</translation>
    </message>
    <message>
        <source>the comment&apos;s text</source>
        <translation>nội dung bình luận</translation>
    </message>
    <message>
        <source>a comment</source>
        <translation>một ghi chú</translation>
    </message>
    <message>
        <source>a comment saying what was done</source>
        <translation>một nhận xét cho biết đã làm gì</translation>
    </message>
    <message>
        <source>only pending feedback can be processed; this is %1</source>
        <translation>chỉ phản hồi đang chờ mới có thể được xử lý; phản hồi này đang ở trạng thái %1</translation>
    </message>
    <message>
        <source>only pending feedback can be ignored; this is %1</source>
        <translation>chỉ phản hồi đang chờ mới có thể bị bỏ qua; phản hồi này đang ở trạng thái %1</translation>
    </message>
    <message>
        <source>only an active deployment can be rolled back; this one is %1</source>
        <translation>chỉ bản triển khai đang hoạt động mới có thể được hoàn tác; bản này đang ở trạng thái %1</translation>
    </message>
    <message>
        <source>Not possible from %1 (%2)</source>
        <translation>Không thể thực hiện từ trạng thái %1 (%2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Review and governance for forecasting models.</source>
        <translation>Duyệt và quản trị các mô hình dự báo.</translation>
    </message>
    <message>
        <source>A SQLite file or a postgresql:// URI to open.</source>
        <translation>Tệp SQLite hoặc URI postgresql:// cần mở.</translation>
    </message>
    <message>
        <source>Open read-only.</source>
        <translation>Mở chỉ đọc.</translation>
    </message>
    <message>
        <source>Act as USER (SQLite only).</source>
        <translation>Thao tác với tư cách USER (chỉ SQLite).</translation>
    </message>
    <message>
        <source>Start on VIEW: suggestions, models, charts, governance, audit, tables or console.</source>
        <translation>Bắt đầu ở màn hình VIEW: suggestions, models, charts, governance, audit, tables hoặc console.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE once it has loaded, then quit.</source>
        <translation>Lưu ảnh cửa sổ vào FILE khi đã tải xong, rồi thoát.</translation>
    </message>
    <message>
        <source>Window size, WIDTHxHEIGHT.</source>
        <translation>Kích thước cửa sổ, WIDTHxHEIGHT.</translation>
    </message>
    <message>
        <source>Read the tables as PROFILE&apos;s: pipeline, urutiiq, within, krongthai or a profile file (default: recognised).</source>
        <translation>Đọc các bảng theo PROFILE: pipeline, urutiiq, within, krongthai hoặc một tệp hồ sơ (mặc định: tự nhận biết).</translation>
    </message>
</context>
<context>
    <name>steward::AuditPage</name>
    <message>
        <source>Everyone</source>
        <translation>Mọi người</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Mọi hành động</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Mọi mục</translation>
    </message>
    <message>
        <source>Item id</source>
        <translation>Mã mục</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Mọi lúc</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 ngày qua</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 ngày qua</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 tháng qua</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Xác minh chuỗi</translation>
    </message>
    <message>
        <source>Could not read the audit trail: %1</source>
        <translation>Không đọc được nhật ký kiểm toán: %1</translation>
    </message>
    <message>
        <source>verify the hash chain</source>
        <translation>xác minh chuỗi băm</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No audit trail yet&lt;/h3&gt;&lt;p&gt;This database has no Steward tables, so no decisions have been recorded in it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Chưa có nhật ký kiểm toán&lt;/h3&gt;&lt;p&gt;Cơ sở dữ liệu này chưa có bảng Steward, nên chưa có quyết định nào được ghi lại.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No records match the filters.</source>
        <translation>Không có bản ghi nào khớp bộ lọc.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Khi nào</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ai</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <source>Show in Suggestions</source>
        <translation>Xem trong Gợi ý</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Mã băm</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Trước đó</translation>
    </message>
    <message>
        <source>Could not verify: %1</source>
        <translation>Không xác minh được: %1</translation>
    </message>
    <message>
        <source>✓ &lt;b&gt;The audit trail is intact.&lt;/b&gt; %1 records checked; the newest hash is &lt;tt&gt;%2&lt;/tt&gt;. Note it elsewhere to anchor the chain.</source>
        <translation>✓ &lt;b&gt;Nhật ký kiểm toán nguyên vẹn.&lt;/b&gt; Đã kiểm tra %1 bản ghi; mã băm mới nhất là &lt;tt&gt;%2&lt;/tt&gt;. Hãy ghi lại ở nơi khác để neo chuỗi.</translation>
    </message>
    <message>
        <source>✗ &lt;b&gt;The audit trail has been tampered with at record %1.&lt;/b&gt; %2</source>
        <translation>✗ &lt;b&gt;Nhật ký kiểm toán đã bị can thiệp tại bản ghi %1.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Today (UTC)</source>
        <translation>Hôm nay (UTC)</translation>
    </message>
    <message>
        <source>Recompute every record&apos;s hash and check that none was edited, removed, inserted or reordered, and that every item is in the state its last record says (Ctrl+Shift+V)</source>
        <translation>Tính lại mã băm của mọi bản ghi, kiểm tra rằng không bản ghi nào bị sửa, xóa, chèn hay đổi thứ tự, và mọi mục đều ở trạng thái mà bản ghi cuối của nó nêu (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Could not compare the items with the audit trail: %1</source>
        <translation>Không thể đối chiếu các mục với nhật ký kiểm toán: %1</translation>
    </message>
    <message>
        <source>… and %1 more (`steward-cli audit verify` lists up to %2 of each kind).</source>
        <translation>… và %1 mục khác (`steward-cli audit verify` liệt kê tối đa %2 mục mỗi loại).</translation>
    </message>
    <message>
        <source>✗ &lt;b&gt;%1 items are not in the state the audit trail last left them in&lt;/b&gt;: they were changed without a record. The chain itself is intact (%2 records checked).&lt;ul&gt;%3&lt;/ul&gt;%4</source>
        <translation>✗ &lt;b&gt;%1 mục không ở trạng thái mà nhật ký kiểm toán ghi lần cuối&lt;/b&gt;: chúng đã bị thay đổi mà không có bản ghi. Bản thân chuỗi vẫn nguyên vẹn (đã kiểm tra %2 bản ghi).&lt;ul&gt;%3&lt;/ul&gt;%4</translation>
    </message>
    <message>
        <source>Every item is in the state its last record says.</source>
        <translation>Mọi mục đều ở trạng thái mà bản ghi cuối của nó nêu.</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 bản ghi</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 bản ghi</translation>
    </message>
    <message>
        <source>recorded as %1</source>
        <translation>ghi nhận là %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>Đang kiểm tra nhật ký kiểm toán…</translation>
    </message>
</context>
<context>
    <name>steward::AuditTrailModel</name>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ai</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Item id</source>
        <translation>Mã mục</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Previous hash</source>
        <translation>Mã băm trước</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Mã băm</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Khi nào (UTC)</translation>
    </message>
</context>
<context>
    <name>steward::CellDelegate</name>
    <message>
        <source>⚠ invalid JSON: %1</source>
        <translation>⚠ JSON không hợp lệ: %1</translation>
    </message>
</context>
<context>
    <name>steward::ChartPanel</name>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Lưu biểu đồ dạng PNG…</translation>
    </message>
    <message>
        <source>Save chart as SVG…</source>
        <translation>Lưu biểu đồ dạng SVG…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Lưu biểu đồ</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Bản vẽ SVG (*.svg)</translation>
    </message>
    <message>
        <source>there is no chart to export</source>
        <translation>không có biểu đồ để xuất</translation>
    </message>
</context>
<context>
    <name>steward::ChartsPage</name>
    <message>
        <source>Export the chart as PNG…</source>
        <translation>Xuất biểu đồ dạng PNG…</translation>
    </message>
    <message>
        <source>Export the chart as SVG…</source>
        <translation>Xuất biểu đồ dạng SVG…</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Biểu đồ:</translation>
    </message>
    <message>
        <source>Metric history</source>
        <translation>Lịch sử chỉ số</translation>
    </message>
    <message>
        <source>Walk-forward backtest</source>
        <translation>Kiểm thử ngược walk-forward</translation>
    </message>
    <message>
        <source>Forecast fan</source>
        <translation>Quạt dự báo</translation>
    </message>
    <message>
        <source>Improvement cycles</source>
        <translation>Chu kỳ cải tiến</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Khách hàng:</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Chỉ số:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Phiên bản:</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>Chuỗi:</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Xuất PNG…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Xuất SVG…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
    <message>
        <source>The chart was not saved: %1</source>
        <translation>Biểu đồ không được lưu: %1</translation>
    </message>
    <message>
        <source>This database has no model versions, so there is nothing to chart.</source>
        <translation>Cơ sở dữ liệu này không có phiên bản mô hình nào, nên không có gì để vẽ.</translation>
    </message>
    <message>
        <source>This database has no forecast_results table.</source>
        <translation>Cơ sở dữ liệu này không có bảng forecast_results.</translation>
    </message>
    <message>
        <source>This database has no improvement_cycles table.</source>
        <translation>Cơ sở dữ liệu này không có bảng improvement_cycles.</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Hiệu năng</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Trôi dạt</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Mô hình:</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Mọi mô hình</translation>
    </message>
    <message>
        <source>Reading the chart&apos;s data…</source>
        <translation>Đang đọc dữ liệu của biểu đồ…</translation>
    </message>
</context>
<context>
    <name>steward::CompareDialog</name>
    <message>
        <source>Suggestions (%1)</source>
        <translation>Gợi ý (%1)</translation>
    </message>
    <message>
        <source>Violations (%1)</source>
        <translation>Vi phạm (%1)</translation>
    </message>
    <message>
        <source>Model versions (%1)</source>
        <translation>Phiên bản mô hình (%1)</translation>
    </message>
    <message>
        <source>Audit trail (%1)</source>
        <translation>Nhật ký kiểm toán (%1)</translation>
    </message>
    <message>
        <source>Compare with snapshot</source>
        <translation>So sánh với bản chụp</translation>
    </message>
    <message>
        <source>Older:</source>
        <translation>Cũ hơn:</translation>
    </message>
    <message>
        <source>Newer:</source>
        <translation>Mới hơn:</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Đang so sánh…</translation>
    </message>
    <message>
        <source>The comparison could not be made: %1</source>
        <translation>Không so sánh được: %1</translation>
    </message>
    <message>
        <source>Nothing changed: the same suggestion and violation states, no new model versions, no new audit entries.</source>
        <translation>Không có gì thay đổi: trạng thái gợi ý và vi phạm như cũ, không có phiên bản mô hình mới, không có bản ghi kiểm toán mới.</translation>
    </message>
    <message>
        <source>Suggestions: %1 changed state · Violations: %2 changed state · Model versions: %3 appeared or went · Audit trail: %4 new entries</source>
        <translation>Gợi ý: %1 đổi trạng thái · Vi phạm: %2 đổi trạng thái · Phiên bản mô hình: %3 xuất hiện hoặc biến mất · Nhật ký kiểm toán: %4 bản ghi mới</translation>
    </message>
    <message>
        <source>⚠ No audit record (%1)</source>
        <translation>⚠ Không có bản ghi kiểm toán (%1)</translation>
    </message>
    <message>
        <source>No audit record (0)</source>
        <translation>Không có bản ghi kiểm toán (0)</translation>
    </message>
    <message>
        <source>State changes with no audit record: %1. They were made outside Steward (first tab).</source>
        <translation>Thay đổi trạng thái không có bản ghi kiểm toán: %1. Chúng được thực hiện ngoài Steward (thẻ đầu tiên).</translation>
    </message>
</context>
<context>
    <name>steward::ConnectionDialog</name>
    <message>
        <source>Open database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Gần đây</translation>
    </message>
    <message>
        <source>/path/to/pipeline.sqlite</source>
        <translation>/đường/dẫn/tới/pipeline.sqlite</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Duyệt…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>Open read-only (the file is never modified)</source>
        <translation>Mở chỉ đọc (tệp không bao giờ bị thay đổi)</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>Tệp SQLite</translation>
    </message>
    <message>
        <source>URI:</source>
        <translation>URI:</translation>
    </message>
    <message>
        <source>Read-only session</source>
        <translation>Phiên chỉ đọc</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Máy chủ:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Cổng:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Cơ sở dữ liệu:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Người dùng:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>SSL mode:</source>
        <translation>Chế độ SSL:</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <source>Open SQLite database</source>
        <translation>Mở cơ sở dữ liệu SQLite</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu SQLite (*.sqlite *.sqlite3 *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Not a PostgreSQL URI: expected postgresql://user@host:port/database</source>
        <translation>Không phải URI PostgreSQL: cần dạng postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>Choose a SQLite file.</source>
        <translation>Hãy chọn một tệp SQLite.</translation>
    </message>
    <message>
        <source>✔ Connected as %1.</source>
        <translation>✔ Đã kết nối với tư cách %1.</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>Remember the password in the desktop keyring</source>
        <translation>Ghi nhớ mật khẩu trong keyring của máy</translation>
    </message>
    <message>
        <source>Kept by the desktop&apos;s keyring (GNOME Keyring, KWallet), never in Steward&apos;s settings.</source>
        <translation>Được giữ bởi keyring của máy (GNOME Keyring, KWallet), không bao giờ trong cài đặt của Steward.</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Keyring</translation>
    </message>
    <message>
        <source>The connection is open, but %1.</source>
        <translation>Kết nối đã mở, nhưng %1.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
</context>
<context>
    <name>steward::ConsolePage</name>
    <message>
        <source>SELECT status, count(*) FROM llm_suggestions GROUP BY status</source>
        <translation>SELECT status, count(*) FROM llm_suggestions GROUP BY status</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Chạy</translation>
    </message>
    <message>
        <source>Run the statement, or the selected part of it (Ctrl+Return)</source>
        <translation>Chạy câu lệnh, hoặc phần đã chọn của nó (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <source>Write every row of the result to a CSV file (Ctrl+Shift+S)</source>
        <translation>Ghi mọi dòng kết quả ra tệp CSV (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Read-only: statements that would write are refused; secrets are never shown.</source>
        <translation>Chỉ đọc: câu lệnh ghi sẽ bị từ chối; thông tin bí mật không bao giờ được hiển thị.</translation>
    </message>
    <message>
        <source>Run the statement (or the selection)</source>
        <translation>Chạy câu lệnh (hoặc phần đã chọn)</translation>
    </message>
    <message>
        <source>Export the result to CSV</source>
        <translation>Xuất kết quả ra CSV</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>Not run.</source>
        <translation>Chưa chạy.</translation>
    </message>
    <message>
        <source>%1 rows · %2 columns · %3 ms</source>
        <translation>%1 dòng · %2 cột · %3 ms</translation>
    </message>
    <message>
        <source>Export result to CSV</source>
        <translation>Xuất kết quả ra CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Tệp CSV (*.csv);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>The CSV file was not written: %1</source>
        <translation>Tệp CSV không được ghi: %1</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Đã ghi %1.</translation>
    </message>
    <message>
        <source>There is no result to export; run a statement first.</source>
        <translation>Không có kết quả để xuất; hãy chạy một câu lệnh trước.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Stop the running statement (Esc)</source>
        <translation>Dừng câu lệnh đang chạy (Esc)</translation>
    </message>
    <message>
        <source>Stop the running statement</source>
        <translation>Dừng câu lệnh đang chạy</translation>
    </message>
    <message>
        <source>A statement is running; cancel it first.</source>
        <translation>Một câu lệnh đang chạy; hãy hủy nó trước.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Đang chạy…</translation>
    </message>
    <message>
        <source>first %1 rows · %2 columns · %3 ms (Export CSV… writes them all)</source>
        <translation>%1 hàng đầu tiên · %2 cột · %3 ms (Xuất CSV… ghi tất cả)</translation>
    </message>
</context>
<context>
    <name>steward::DeadlinesDialog</name>
    <message>
        <source>Violation deadlines</source>
        <translation>Thời hạn vi phạm</translation>
    </message>
    <message>
        <source>How long a violation may stay unresolved, counted from its detection. Changes apply to every violation at once and are recorded in the audit trail.</source>
        <translation>Thời gian tối đa một vi phạm được chưa giải quyết, tính từ lúc phát hiện. Thay đổi áp dụng ngay cho mọi vi phạm và được ghi vào nhật ký kiểm toán.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>Default: %1 days</source>
        <translation>Mặc định: %1 ngày</translation>
    </message>
</context>
<context>
    <name>steward::DecisionPanel</name>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
</context>
<context>
    <name>steward::DeploymentsPanel</name>
    <message>
        <source>Environment</source>
        <translation>Môi trường</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Triển khai</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Deployment version</source>
        <translation>Phiên bản triển khai</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Triển khai lúc</translation>
    </message>
    <message>
        <source>Rollback request</source>
        <translation>Yêu cầu hoàn tác</translation>
    </message>
    <message>
        <source>Request &amp;rollback…</source>
        <translation>Yêu cầu &amp;hoàn tác…</translation>
    </message>
    <message>
        <source>Deployments are not available for this database: the %1 profile records no deployments.</source>
        <translation>Triển khai không khả dụng cho cơ sở dữ liệu này: hồ sơ %1 không ghi nhận triển khai nào.</translation>
    </message>
    <message>
        <source>No deployments recorded.</source>
        <translation>Chưa có triển khai nào được ghi nhận.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>open (%1)</source>
        <translation>đang mở (%1)</translation>
    </message>
    <message>
        <source>Ask a manager to roll this deployment back to the one it replaced (Alt+R)</source>
        <translation>Đề nghị quản lý hoàn tác lần triển khai này về lần triển khai mà nó đã thay thế (Alt+R)</translation>
    </message>
    <message>
        <source>Select a deployment first.</source>
        <translation>Hãy chọn một lần triển khai trước.</translation>
    </message>
    <message>
        <source>No deployment history: %1.</source>
        <translation>Không có lịch sử triển khai: %1.</translation>
    </message>
    <message>
        <source>Rollback request %1 is already open for this deployment.</source>
        <translation>Yêu cầu hoàn tác %1 đã được mở cho lần triển khai này.</translation>
    </message>
    <message>
        <source>Request rollback</source>
        <translation>Yêu cầu hoàn tác</translation>
    </message>
    <message>
        <source>Why should deployment %1 (%2 in %3) be rolled back? A manager other than you approves the request.</source>
        <translation>Tại sao cần hoàn tác lần triển khai %1 (%2 trong %3)? Một quản lý khác bạn sẽ phê duyệt yêu cầu.</translation>
    </message>
    <message>
        <source>Rollback of deployment %1 was requested (request %2); a manager decides it.</source>
        <translation>Đã yêu cầu hoàn tác lần triển khai %1 (yêu cầu %2); quản lý sẽ quyết định.</translation>
    </message>
    <message>
        <source>&amp;Approve rollback…</source>
        <translation>&amp;Duyệt hoàn tác…</translation>
    </message>
    <message>
        <source>&amp;Deny rollback…</source>
        <translation>&amp;Từ chối hoàn tác…</translation>
    </message>
    <message>
        <source>Rollback request %1 waits for a manager&apos;s decision: Approve rollback… or Deny rollback… below.</source>
        <translation>Yêu cầu hoàn tác %1 đang chờ quản lý quyết định: Duyệt hoàn tác… hoặc Từ chối hoàn tác… bên dưới.</translation>
    </message>
    <message>
        <source>Roll the deployment back: it becomes rolled_back and the one it replaced is active again (a manager other than the requester)</source>
        <translation>Hoàn tác triển khai: nó chuyển sang rolled_back và triển khai mà nó thay thế hoạt động lại (một quản lý khác người yêu cầu)</translation>
    </message>
    <message>
        <source>Refuse the rollback request; you write why (a manager other than the requester)</source>
        <translation>Từ chối yêu cầu hoàn tác; bạn ghi lý do (một quản lý khác người yêu cầu)</translation>
    </message>
    <message>
        <source>No rollback request is open for this deployment.</source>
        <translation>Không có yêu cầu hoàn tác nào đang mở cho triển khai này.</translation>
    </message>
    <message>
        <source>Approve rollback</source>
        <translation>Phê duyệt hoàn tác</translation>
    </message>
    <message>
        <source>Roll deployment %1 (%2 in %3) back to the one it replaced? A comment is optional and recorded in the audit trail.</source>
        <translation>Hoàn tác triển khai %1 (%2 trong %3) về triển khai mà nó thay thế? Bình luận là tùy chọn và được ghi vào nhật ký kiểm toán.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>Deny rollback</source>
        <translation>Từ chối hoàn tác</translation>
    </message>
    <message>
        <source>Why is the rollback of deployment %1 refused? Your comment is recorded in the audit trail.</source>
        <translation>Vì sao từ chối hoàn tác triển khai %1? Bình luận của bạn được ghi vào nhật ký kiểm toán.</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Deployment %1 was rolled back; the one it replaced is active again.</source>
        <translation>Triển khai %1 đã được hoàn tác; triển khai mà nó thay thế hoạt động lại.</translation>
    </message>
    <message>
        <source>The rollback of deployment %1 was denied.</source>
        <translation>Việc hoàn tác triển khai %1 đã bị từ chối.</translation>
    </message>
</context>
<context>
    <name>steward::DriftPanel</name>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Kiểu</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Đặc trưng</translation>
    </message>
    <message>
        <source>Score / threshold</source>
        <translation>Điểm / ngưỡng</translation>
    </message>
    <message>
        <source>System says</source>
        <translation>Hệ thống ghi</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Thời điểm đo</translation>
    </message>
    <message>
        <source>Drift is not available for this database: the %1 profile records no drift scores.</source>
        <translation>Không có dữ liệu trôi dạt cho cơ sở dữ liệu này: hồ sơ %1 không ghi điểm trôi dạt.</translation>
    </message>
    <message>
        <source>No drift records in this period.</source>
        <translation>Không có bản ghi trôi dạt trong kỳ này.</translation>
    </message>
    <message>
        <source>(whole model)</source>
        <translation>(toàn mô hình)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The system stores no threshold; %1 is assumed.</source>
        <translation>Hệ thống không lưu ngưỡng; giả định %1.</translation>
    </message>
    <message>
        <source>Score %1 against the system&apos;s threshold %2.</source>
        <translation>Điểm %1 so với ngưỡng %2 của hệ thống.</translation>
    </message>
    <message>
        <source>Read from %1</source>
        <translation>Đọc từ %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
</context>
<context>
    <name>steward::ExperimentsPanel</name>
    <message>
        <source>Experiment</source>
        <translation>Thử nghiệm</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Phương án</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Confidence interval</source>
        <translation>Khoảng tin cậy</translation>
    </message>
    <message>
        <source>p-value (level)</source>
        <translation>giá trị p (mức)</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Mức tăng</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Experiments are not available for this database: the %1 profile records no A/B experiments.</source>
        <translation>Không có thử nghiệm cho cơ sở dữ liệu này: hồ sơ %1 không ghi thử nghiệm A/B.</translation>
    </message>
    <message>
        <source>No experiments recorded.</source>
        <translation>Chưa ghi thử nghiệm nào.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <source>Metric: %1</source>
        <translation>Chỉ số: %1</translation>
    </message>
    <message>
        <source>Control: %1</source>
        <translation>Đối chứng: %1</translation>
    </message>
    <message>
        <source>Treatment: %1</source>
        <translation>Phương án thử: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no variants recorded</source>
        <translation>chưa ghi phương án nào</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>không đọc được: %1</translation>
    </message>
    <message>
        <source>%1 (control)</source>
        <translation>%1 (đối chứng)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: %2 (interval %3)</source>
        <translation>%1: %2 (khoảng %3)</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>The system keeps no significance level; %1 is assumed.</source>
        <translation>Hệ thống không lưu mức ý nghĩa; giả định %1.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>★ winner</source>
        <translation>★ thắng</translation>
    </message>
    <message>
        <source>significant</source>
        <translation>có ý nghĩa</translation>
    </message>
    <message>
        <source>No winner</source>
        <translation>Không có phương án thắng</translation>
    </message>
    <message>
        <source>Winner: %1</source>
        <translation>Thắng: %1</translation>
    </message>
    <message>
        <source>%1 — %2. %3</source>
        <translation>%1 — %2. %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>steward::ExportSnapshotDialog</name>
    <message>
        <source>Export snapshot</source>
        <translation>Xuất bản chụp</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Từ:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Đến:</translation>
    </message>
    <message>
        <source>The snapshot is one SQLite file with every table, secrets left out, and a manifest of row counts and SHA-256 digests that anyone can check offline.</source>
        <translation>Bản chụp là một tệp SQLite chứa mọi bảng, đã loại bỏ thông tin bí mật, và một bản kê số dòng cùng mã băm SHA-256 mà ai cũng có thể kiểm tra ngoại tuyến.</translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation>Mở bản chụp</translation>
    </message>
    <message>
        <source>Starting: opening a connection of its own and one consistent read of the database…</source>
        <translation>Đang bắt đầu: mở một kết nối riêng và đọc nhất quán cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Copying %1 (table %2 of %3) · %4 of %5 rows</source>
        <translation>Đang sao chép %1 (bảng %2/%3) · %4/%5 dòng</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>&lt;b&gt;No snapshot was written.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Không có bản chụp nào được ghi.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Snapshot written.&lt;/b&gt; %1 tables, %2 rows, each with its SHA-256 digest in the manifest.</source>
        <translation>&lt;b&gt;Đã ghi bản chụp.&lt;/b&gt; %1 bảng, %2 dòng, mỗi bảng có mã băm SHA-256 trong bản kê.</translation>
    </message>
    <message>
        <source>Cancelling: removing what was written…</source>
        <translation>Đang hủy: xóa phần đã ghi…</translation>
    </message>
</context>
<context>
    <name>steward::FeedbackPanel</name>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Kiểu</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Tích cực</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Tác động</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Tạo lúc</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Cập nhật lúc</translation>
    </message>
    <message>
        <source>&amp;Process…</source>
        <translation>&amp;Xử lý…</translation>
    </message>
    <message>
        <source>I&amp;gnore…</source>
        <translation>&amp;Bỏ qua…</translation>
    </message>
    <message>
        <source>Feedback is not available for this database: the %1 profile records no feedback on predictions.</source>
        <translation>Phản hồi không khả dụng cho cơ sở dữ liệu này: hồ sơ %1 không ghi nhận phản hồi về dự đoán.</translation>
    </message>
    <message>
        <source>No feedback recorded.</source>
        <translation>Chưa có phản hồi nào được ghi nhận.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Ratings have no workflow: there is nothing to decide.</source>
        <translation>Đánh giá không có quy trình: không có gì để quyết định.</translation>
    </message>
    <message>
        <source>Select a feedback item first.</source>
        <translation>Hãy chọn một phản hồi trước.</translation>
    </message>
    <message>
        <source>Mark the feedback processed; you write what was done with it (Alt+P)</source>
        <translation>Đánh dấu phản hồi là đã xử lý; bạn ghi lại những gì đã làm với nó (Alt+P)</translation>
    </message>
    <message>
        <source>Mark the feedback ignored; you write why (Alt+G)</source>
        <translation>Đánh dấu phản hồi là bị bỏ qua; bạn ghi lý do (Alt+G)</translation>
    </message>
    <message>
        <source>Process feedback</source>
        <translation>Xử lý phản hồi</translation>
    </message>
    <message>
        <source>What was done with this feedback? Your comment is recorded in the audit trail with your name and the time.</source>
        <translation>Đã làm gì với phản hồi này? Bình luận của bạn được ghi vào nhật ký kiểm toán cùng tên bạn và thời gian.</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Xử lý</translation>
    </message>
    <message>
        <source>Ignore feedback</source>
        <translation>Bỏ qua phản hồi</translation>
    </message>
    <message>
        <source>Why is this feedback ignored? Your comment is recorded in the audit trail with your name and the time.</source>
        <translation>Tại sao phản hồi này bị bỏ qua? Bình luận của bạn được ghi vào nhật ký kiểm toán cùng tên bạn và thời gian.</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Feedback %1 was processed.</source>
        <translation>Phản hồi %1 đã được xử lý.</translation>
    </message>
    <message>
        <source>Feedback %1 was ignored.</source>
        <translation>Phản hồi %1 đã bị bỏ qua.</translation>
    </message>
</context>
<context>
    <name>steward::GovernancePage</name>
    <message>
        <source>&amp;Violations</source>
        <translation>&amp;Vi phạm</translation>
    </message>
    <message>
        <source>Po&amp;licies</source>
        <translation>Chính &amp;sách</translation>
    </message>
    <message>
        <source>&amp;Deadlines…</source>
        <translation>&amp;Thời hạn…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Xuất báo cáo…</translation>
    </message>
    <message>
        <source>A compliance report for a period as PDF, HTML or CSV (Ctrl+E)</source>
        <translation>Báo cáo tuân thủ cho một khoảng thời gian dạng PDF, HTML hoặc CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Could not read the deadlines; the defaults are used. %1</source>
        <translation>Không đọc được thời hạn; dùng giá trị mặc định. %1</translation>
    </message>
    <message>
        <source>Change how long violations of each severity may stay open</source>
        <translation>Đổi thời gian tối đa một vi phạm ở mỗi mức độ được để mở</translation>
    </message>
    <message>
        <source>See the deadlines. %1</source>
        <translation>Xem thời hạn. %1</translation>
    </message>
    <message>
        <source>Violations / Policies tab</source>
        <translation>Thẻ Vi phạm / Chính sách</translation>
    </message>
    <message>
        <source>Search violation descriptions</source>
        <translation>Tìm trong mô tả vi phạm</translation>
    </message>
    <message>
        <source>Start investigating the selected violation</source>
        <translation>Bắt đầu điều tra vi phạm đã chọn</translation>
    </message>
    <message>
        <source>Resolve it / mark it a false positive</source>
        <translation>Giải quyết / đánh dấu báo động nhầm</translation>
    </message>
    <message>
        <source>Back to open / reopen</source>
        <translation>Trả về mở / mở lại</translation>
    </message>
    <message>
        <source>Assign / comment</source>
        <translation>Giao việc / bình luận</translation>
    </message>
    <message>
        <source>Export a compliance report</source>
        <translation>Xuất báo cáo tuân thủ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>The deadlines were changed.</source>
        <translation>Đã thay đổi thời hạn.</translation>
    </message>
</context>
<context>
    <name>steward::JobListProxy</name>
    <message>
        <source>Job</source>
        <translation>Tác vụ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Bắt đầu (UTC)</translation>
    </message>
    <message>
        <source>Finished (UTC)</source>
        <translation>Kết thúc (UTC)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
</context>
<context>
    <name>steward::MainWindow</name>
    <message>
        <source>%1 %2 is not in the %3 view.</source>
        <translation>%1 %2 không có trong màn hình %3.</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;Close database</source>
        <translation>Đón&amp;g cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Initialise Steward tables</source>
        <translation>&amp;Khởi tạo bảng Steward</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>&amp;About Steward</source>
        <translation>&amp;Giới thiệu Steward</translation>
    </message>
    <message>
        <source>About Steward</source>
        <translation>Giới thiệu Steward</translation>
    </message>
    <message>
        <source>&lt;b&gt;Steward %1&lt;/b&gt;&lt;p&gt;Review and governance for forecasting models: LLM suggestions, model versions, policy violations, and an audit trail of who decided what.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Steward %1&lt;/b&gt;&lt;p&gt;Duyệt và quản trị các mô hình dự báo: gợi ý của LLM, phiên bản mô hình, vi phạm chính sách, và nhật ký kiểm toán ghi lại ai đã quyết định điều gì.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Could not open the database. %1</source>
        <translation>Không mở được cơ sở dữ liệu. %1</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>Mở cái khác…</translation>
    </message>
    <message>
        <source>This database has no Steward tables yet. Decisions, roles and the audit trail need them; pipeline tables are not changed.</source>
        <translation>Cơ sở dữ liệu này chưa có bảng Steward. Quyết định, vai trò và nhật ký kiểm toán cần chúng; các bảng pipeline không bị thay đổi.</translation>
    </message>
    <message>
        <source>Initialise</source>
        <translation>Khởi tạo</translation>
    </message>
    <message>
        <source>Read-only: this database has no Steward tables, so there is no audit trail to show.</source>
        <translation>Chỉ đọc: cơ sở dữ liệu này không có bảng Steward, nên không có nhật ký kiểm toán để hiển thị.</translation>
    </message>
    <message>
        <source>Some pipeline tables are missing (%1); views that need them are disabled.</source>
        <translation>Thiếu một số bảng pipeline (%1); các màn hình cần chúng bị tắt.</translation>
    </message>
    <message>
        <source>Could not create Steward&apos;s tables: %1</source>
        <translation>Không tạo được bảng của Steward: %1</translation>
    </message>
    <message>
        <source>Steward&apos;s tables are ready (schema version %1). %2 is admin.</source>
        <translation>Bảng của Steward đã sẵn sàng (phiên bản lược đồ %1). %2 là admin.</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Mở một cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Switch view</source>
        <translation>Chuyển màn hình</translation>
    </message>
    <message>
        <source>Refresh the current view</source>
        <translation>Làm mới màn hình hiện tại</translation>
    </message>
    <message>
        <source>This sheet</source>
        <translation>Bảng này</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <source>%1 — Steward</source>
        <translation>%1 — Steward</translation>
    </message>
    <message>
        <source>Updated with decisions other people just made</source>
        <translation>Đã cập nhật các quyết định người khác vừa đưa ra</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>This file carries triggers Steward did not create: %1. They are switched off while it is open read-only; opened read-write, they would run with every decision.</source>
        <translation>Tệp này chứa các trigger không do Steward tạo: %1. Chúng bị tắt khi tệp được mở chỉ đọc; nếu mở để ghi, chúng sẽ chạy cùng mọi quyết định.</translation>
    </message>
    <message>
        <source>This file carries triggers Steward did not create: %1. They run with every decision made here and can change other rows unseen; Audit ▸ Verify chain finds what they changed.</source>
        <translation>Tệp này chứa các trigger không do Steward tạo: %1. Chúng chạy cùng mọi quyết định đưa ra ở đây và có thể âm thầm thay đổi các dòng khác; Kiểm toán ▸ Xác minh chuỗi sẽ tìm ra những gì chúng đã thay đổi.</translation>
    </message>
    <message>
        <source>Write a &amp;demo database…</source>
        <translation>Ghi cơ sở dữ liệu &amp;demo…</translation>
    </message>
    <message>
        <source>Write a new SQLite file with a pipeline&apos;s tables in every workflow state, and open it</source>
        <translation>Ghi một tệp SQLite mới với các bảng của một pipeline ở mọi trạng thái quy trình, rồi mở nó</translation>
    </message>
    <message>
        <source>Open a SQLite file or connect to a PostgreSQL server</source>
        <translation>Mở một tệp SQLite hoặc kết nối tới máy chủ PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Export view to CSV…</source>
        <translation>&amp;Xuất chế độ xem ra CSV…</translation>
    </message>
    <message>
        <source>Write the rows this view lists, with its filters, search and order, to a CSV file</source>
        <translation>Ghi các hàng mà chế độ xem này liệt kê, với bộ lọc, tìm kiếm và thứ tự của nó, ra một tệp CSV</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>This database is empty: it has neither the pipeline&apos;s tables nor Steward&apos;s. Open the pipeline&apos;s database, or write a demo database to try Steward.</source>
        <translation>Cơ sở dữ liệu này trống: không có bảng của pipeline lẫn của Steward. Hãy mở cơ sở dữ liệu của pipeline, hoặc ghi một cơ sở dữ liệu demo để dùng thử Steward.</translation>
    </message>
    <message>
        <source>Write a demo…</source>
        <translation>Ghi bản demo…</translation>
    </message>
    <message>
        <source>%1: not available here; it needs %2, which this database does not have</source>
        <translation>%1: không dùng được ở đây; cần %2, mà cơ sở dữ liệu này không có</translation>
    </message>
    <message>
        <source>%1 lists nothing to export here. Suggestions, Models, Governance, Audit and Tables export the rows they show; the SQL console exports its result.</source>
        <translation>%1 không liệt kê gì để xuất ở đây. Đề xuất, Mô hình, Quản trị, Kiểm toán và Bảng xuất các hàng chúng hiển thị; bảng điều khiển SQL xuất kết quả của nó.</translation>
    </message>
    <message>
        <source>Export view to CSV</source>
        <translation>Xuất chế độ xem ra CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Tệp CSV (*.csv);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>The CSV file was not written: %1</source>
        <translation>Tệp CSV không được ghi: %1</translation>
    </message>
    <message>
        <source>Wrote 1 row to %1.</source>
        <translation>Đã ghi 1 hàng vào %1.</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation>Đã ghi %1 hàng vào %2.</translation>
    </message>
    <message>
        <source>Create search and filter &amp;indexes</source>
        <translation>Tạo &amp;chỉ mục tìm kiếm và lọc</translation>
    </message>
    <message>
        <source>The indexes are being created</source>
        <translation>Đang tạo các chỉ mục</translation>
    </message>
    <message>
        <source>Open a database first</source>
        <translation>Hãy mở một cơ sở dữ liệu trước</translation>
    </message>
    <message>
        <source>The database is open read-only</source>
        <translation>Cơ sở dữ liệu đang mở chỉ đọc</translation>
    </message>
    <message>
        <source>Only an admin creates indexes; your role is %1</source>
        <translation>Chỉ quản trị viên mới tạo chỉ mục; vai trò của bạn là %1</translation>
    </message>
    <message>
        <source>Full-text search, sorting by a metric change and the monitoring summaries read along indexes (steward-cli init --indexes); a minute and more at a million rows</source>
        <translation>Tìm kiếm toàn văn, sắp xếp theo thay đổi chỉ số và các bản tóm tắt giám sát đọc theo chỉ mục (steward-cli init --indexes); mất một phút trở lên với một triệu hàng</translation>
    </message>
    <message>
        <source>The indexes were not created: %1</source>
        <translation>Các chỉ mục chưa được tạo: %1</translation>
    </message>
    <message>
        <source>Indexes ready: %1.</source>
        <translation>Chỉ mục đã sẵn sàng: %1.</translation>
    </message>
    <message>
        <source>Creating the search and filter indexes on a connection of their own; the window stays usable. At a million suggestions this takes a minute or two.</source>
        <translation>Đang tạo các chỉ mục tìm kiếm và lọc trên một kết nối riêng; cửa sổ vẫn dùng được. Với một triệu đề xuất việc này mất một hai phút.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Đang mở %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>steward::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Bỏ qua</translation>
    </message>
</context>
<context>
    <name>steward::ModelsPage</name>
    <message>
        <source>select the version to return to</source>
        <translation>chọn phiên bản muốn quay về</translation>
    </message>
    <message>
        <source>Roll back to %1</source>
        <translation>Khôi phục về %1</translation>
    </message>
    <message>
        <source>Why should client %1 return to version %2? A manager other than you approves or denies the request; the active version changes only when it is approved.</source>
        <translation>Vì sao khách hàng %1 nên quay về phiên bản %2? Một quản lý khác sẽ phê duyệt hoặc từ chối yêu cầu; phiên bản đang dùng chỉ đổi khi được phê duyệt.</translation>
    </message>
    <message>
        <source>Request rollback</source>
        <translation>Yêu cầu hoàn tác</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>The rollback was not requested: %1</source>
        <translation>Chưa yêu cầu hoàn tác: %1</translation>
    </message>
    <message>
        <source>Rollback of %1 to version %2 requested (request %3). A manager must approve it before it becomes active.</source>
        <translation>Đã yêu cầu khôi phục %1 về phiên bản %2 (yêu cầu %3). Một quản lý phải phê duyệt trước khi phiên bản được dùng.</translation>
    </message>
    <message>
        <source>Import model folder</source>
        <translation>Nhập thư mục mô hình</translation>
    </message>
    <message>
        <source>Register the model versions in %1? Versions whose metadata.json names no client, and that are not in a folder named after a client, go to client %2. Versions already registered are not changed.</source>
        <translation>Đăng ký các phiên bản mô hình trong %1? Phiên bản có metadata.json không ghi khách hàng, và không nằm trong thư mục mang tên khách hàng, sẽ thuộc khách hàng %2. Phiên bản đã đăng ký không bị thay đổi.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Importing model versions…</source>
        <translation>Đang nhập phiên bản mô hình…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Không nhập được gì: %1</translation>
    </message>
    <message>
        <source>%1 imported, %2 unchanged, %3 failed, %4 skipped from %5.</source>
        <translation>Từ %5: %1 đã nhập, %2 không đổi, %3 thất bại, %4 bỏ qua.</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Chi tiết…</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Nhập %1</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Client / version</source>
        <translation>Khách hàng / phiên bản</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Thông điệp</translation>
    </message>
    <message>
        <source>Find a version</source>
        <translation>Tìm phiên bản</translation>
    </message>
    <message>
        <source>Compare the selected versions</source>
        <translation>So sánh các phiên bản đã chọn</translation>
    </message>
    <message>
        <source>Roll back to the selected version…</source>
        <translation>Khôi phục về phiên bản đã chọn…</translation>
    </message>
    <message>
        <source>Import a model folder…</source>
        <translation>Nhập một thư mục mô hình…</translation>
    </message>
    <message>
        <source>Could not read the versions: %1</source>
        <translation>Không đọc được các phiên bản: %1</translation>
    </message>
    <message>
        <source>%1  ● active</source>
        <translation>%1  ● đang dùng</translation>
    </message>
    <message>
        <source>Client %1 has no model versions.</source>
        <translation>Khách hàng %1 chưa có phiên bản mô hình nào.</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray;&apos;&gt;Select a version to see its metrics, training jobs, backtests and forecasts.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray;&apos;&gt;Chọn một phiên bản để xem chỉ số, tác vụ huấn luyện, kiểm thử ngược và dự báo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The versions of this client have no numeric metrics to chart.</source>
        <translation>Các phiên bản của khách hàng này không có chỉ số dạng số để vẽ biểu đồ.</translation>
    </message>
    <message>
        <source>Select two or more versions (Ctrl+click or Shift+click) to compare them.</source>
        <translation>Chọn từ hai phiên bản trở lên (Ctrl+nhấn hoặc Shift+nhấn) để so sánh.</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Khách hàng:</translation>
    </message>
    <message>
        <source>Find version…</source>
        <translation>Tìm phiên bản…</translation>
    </message>
    <message>
        <source>Chart metric:</source>
        <translation>Chỉ số biểu đồ:</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <source>Roll back to this version…</source>
        <translation>Khôi phục về phiên bản này…</translation>
    </message>
    <message>
        <source>Import model folder…</source>
        <translation>Nhập thư mục mô hình…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Metric history</source>
        <translation>Lịch sử chỉ số</translation>
    </message>
    <message>
        <source>Training jobs</source>
        <translation>Tác vụ huấn luyện</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
    <message>
        <source>The chart was not saved: %1</source>
        <translation>Biểu đồ không được lưu: %1</translation>
    </message>
    <message>
        <source>Compare %1</source>
        <translation>So sánh %1</translation>
    </message>
    <message>
        <source>Show the selected versions side by side (Ctrl+D)</source>
        <translation>Hiện các phiên bản đã chọn cạnh nhau (Ctrl+D)</translation>
    </message>
    <message>
        <source>Select two or more versions (Ctrl+click) to compare them</source>
        <translation>Chọn từ hai phiên bản trở lên (Ctrl+nhấn) để so sánh</translation>
    </message>
    <message>
        <source>Select the version to return to.</source>
        <translation>Chọn phiên bản muốn quay về.</translation>
    </message>
    <message>
        <source>%1 is already the active version.</source>
        <translation>%1 đã là phiên bản đang dùng.</translation>
    </message>
    <message>
        <source>A rollback to %1 already awaits a manager&apos;s decision.</source>
        <translation>Một yêu cầu khôi phục về %1 đang chờ quản lý quyết định.</translation>
    </message>
    <message>
        <source>Ask a manager to make %1 the active version again (Ctrl+Shift+R)</source>
        <translation>Đề nghị quản lý đặt lại %1 làm phiên bản đang dùng (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Register the versions of a file-based model registry folder (Ctrl+I)</source>
        <translation>Đăng ký các phiên bản của một thư mục sổ đăng ký mô hình dạng tệp (Ctrl+I)</translation>
    </message>
    <message>
        <source>Active version: &lt;b&gt;%1&lt;/b&gt; (set by %2 on %3)</source>
        <translation>Phiên bản đang dùng: &lt;b&gt;%1&lt;/b&gt; (do %2 đặt lúc %3)</translation>
    </message>
    <message>
        <source>worse: %1</source>
        <translation>kém hơn: %1</translation>
    </message>
    <message>
        <source>%1 marks no version of %2 as active.</source>
        <translation>%1 không đánh dấu phiên bản nào của %2 là đang dùng.</translation>
    </message>
    <message>
        <source>Active, as %1 marks them: %2</source>
        <translation>Đang dùng, theo đánh dấu của %1: %2</translation>
    </message>
    <message>
        <source>Active version: %1 — the newest; no version has been set, so the pipeline loads the newest.</source>
        <translation>Phiên bản đang dùng: %1 — mới nhất; chưa đặt phiên bản nào nên pipeline dùng bản mới nhất.</translation>
    </message>
    <message>
        <source>%1 marks which version is active itself; Steward does not change it.</source>
        <translation>%1 tự đánh dấu phiên bản nào đang dùng; Steward không thay đổi điều đó.</translation>
    </message>
    <message>
        <source>An import is under way.</source>
        <translation>Đang có một lần nhập chưa xong.</translation>
    </message>
    <message>
        <source>Writing model versions…</source>
        <translation>Đang ghi các phiên bản mô hình…</translation>
    </message>
    <message>
        <source>rollback to %1 requested by %2, awaiting a manager</source>
        <translation>%2 đã yêu cầu khôi phục về %1, đang chờ quản lý</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray;&apos;&gt;Reading the versions…&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray;&apos;&gt;Đang đọc các phiên bản…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray;&apos;&gt;Reading %1…&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray;&apos;&gt;Đang đọc %1…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reading the model versions…</source>
        <translation>Đang đọc các phiên bản mô hình…</translation>
    </message>
    <message>
        <source>Reading the versions of %1…</source>
        <translation>Đang đọc các phiên bản của %1…</translation>
    </message>
    <message>
        <source>Reading the versions…</source>
        <translation>Đang đọc các phiên bản…</translation>
    </message>
    <message>
        <source>Reading the history of %1…</source>
        <translation>Đang đọc lịch sử của %1…</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray;&apos;&gt;Reading this version…&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray;&apos;&gt;Đang đọc phiên bản này…&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>steward::MonitoringPage</name>
    <message>
        <source>Period:</source>
        <translation>Kỳ:</translation>
    </message>
    <message>
        <source>Everything recorded</source>
        <translation>Toàn bộ dữ liệu</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 ngày qua</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 ngày qua</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 ngày qua</translation>
    </message>
    <message>
        <source>The period trends, drift and predictions are read over, up to now</source>
        <translation>Khoảng thời gian dùng để đọc xu hướng, trôi dạt và dự đoán, tính đến hiện tại</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Hiệu năng</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Trôi dạt</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Dự đoán</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Thử nghiệm</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Phản hồi</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Triển khai</translation>
    </message>
</context>
<context>
    <name>steward::Page</name>
    <message>
        <source>No database open</source>
        <translation>Chưa mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>%1 is not available for this database</source>
        <translation>%1 không dùng được với cơ sở dữ liệu này</translation>
    </message>
    <message>
        <source>It needs the pipeline table(s) %1, which this database does not have. The other views work as usual.</source>
        <translation>Màn hình này cần (các) bảng pipeline %1, mà cơ sở dữ liệu này không có. Các màn hình khác vẫn hoạt động bình thường.</translation>
    </message>
    <message>
        <source>These are %1&apos;s tables. Steward shows them in the views that have a counterpart among them; this one reads the forecasting pipeline&apos;s %2. Tables and SQL Console show every table as it is.</source>
        <translation>Đây là các bảng của %1. Steward hiển thị chúng trong các chế độ xem có bảng tương ứng; chế độ xem này đọc %2 của pipeline dự báo. Bảng và Bảng điều khiển SQL hiển thị mọi bảng nguyên trạng.</translation>
    </message>
    <message>
        <source>Open the pipeline&apos;s database — a SQLite file, or a PostgreSQL server the team shares — or write a demo database to try Steward on realistic data.</source>
        <translation>Mở cơ sở dữ liệu của pipeline — một tệp SQLite hoặc một máy chủ PostgreSQL dùng chung của nhóm — hoặc ghi một cơ sở dữ liệu demo để dùng thử Steward với dữ liệu thực tế.</translation>
    </message>
    <message>
        <source>This database is empty</source>
        <translation>Cơ sở dữ liệu này trống</translation>
    </message>
    <message>
        <source>It has neither the pipeline&apos;s tables, which the forecasting pipeline (or a demo) writes, nor Steward&apos;s own. Open the pipeline&apos;s database, or write a demo database to try Steward.</source>
        <translation>Nó không có các bảng của pipeline (do pipeline dự báo hoặc bản demo ghi) lẫn các bảng riêng của Steward. Hãy mở cơ sở dữ liệu của pipeline, hoặc ghi một cơ sở dữ liệu demo để dùng thử Steward.</translation>
    </message>
    <message>
        <source>This database has none of the pipeline&apos;s tables</source>
        <translation>Cơ sở dữ liệu này không có bảng nào của pipeline</translation>
    </message>
    <message>
        <source>Steward&apos;s own tables are here, but %1 reads the tables the forecasting pipeline writes (%2), and Steward never creates them. Open the pipeline&apos;s database, or write a demo database to try Steward.</source>
        <translation>Các bảng riêng của Steward đã có, nhưng %1 đọc các bảng do pipeline dự báo ghi (%2), và Steward không bao giờ tạo chúng. Hãy mở cơ sở dữ liệu của pipeline, hoặc ghi một cơ sở dữ liệu demo để dùng thử Steward.</translation>
    </message>
    <message>
        <source>The %1 profile maps none of the tables monitoring reads (%2). The other views work as usual.</source>
        <translation>Hồ sơ %1 không ánh xạ bảng nào mà giám sát đọc (%2). Các màn hình khác vẫn hoạt động bình thường.</translation>
    </message>
</context>
<context>
    <name>steward::PagedTableModel</name>
    <message>
        <source>reading rows</source>
        <translation>đang đọc dòng</translation>
    </message>
    <message>
        <source>Invalid JSON (%1): %2</source>
        <translation>JSON không hợp lệ (%1): %2</translation>
    </message>
    <message>
        <source>ordering rows</source>
        <translation>đang sắp xếp dòng</translation>
    </message>
    <message>
        <source>ordering rows: the key %1 is not a whole number</source>
        <translation>đang sắp xếp dòng: khóa %1 không phải số nguyên</translation>
    </message>
    <message>
        <source>counting rows of %1</source>
        <translation>đang đếm dòng của %1</translation>
    </message>
</context>
<context>
    <name>steward::PerformancePanel</name>
    <message>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Xu hướng</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Số điểm</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Đầu</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Cuối</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Mốc chuẩn</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Phiên bản trước</translation>
    </message>
    <message>
        <source>Previous last</source>
        <translation>Cuối (bản trước)</translation>
    </message>
    <message>
        <source>Previous trend</source>
        <translation>Xu hướng (bản trước)</translation>
    </message>
    <message>
        <source>Performance is not available for this database: the %1 profile records no performance figures (the pipeline&apos;s are its forecasts against forecast_actuals).</source>
        <translation>Không có hiệu năng cho cơ sở dữ liệu này: hồ sơ %1 không ghi số liệu hiệu năng (của pipeline là dự báo so với forecast_actuals).</translation>
    </message>
    <message>
        <source>No performance figures in this period.</source>
        <translation>Không có số liệu hiệu năng trong kỳ này.</translation>
    </message>
    <message>
        <source>%1  ● active</source>
        <translation>%1  ● đang dùng</translation>
    </message>
    <message>
        <source>The version in use</source>
        <translation>Phiên bản đang dùng</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Càng thấp càng tốt</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Càng cao càng tốt</translation>
    </message>
    <message>
        <source>The fitted line changes by %1 (%2 of the mean) from %3 to %4; within 2% is stable.</source>
        <translation>Đường khớp thay đổi %1 (%2 so với trung bình) từ %3 đến %4; trong phạm vi 2% là ổn định.</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>ngưỡng %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
</context>
<context>
    <name>steward::PoliciesPanel</name>
    <message>
        <source>Rules</source>
        <translation>Quy tắc</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Ngưỡng</translation>
    </message>
    <message>
        <source>Violations it raised</source>
        <translation>Các vi phạm mà nó phát hiện</translation>
    </message>
    <message>
        <source>Show in the violation &amp;queue</source>
        <translation>Xem trong &amp;hàng đợi vi phạm</translation>
    </message>
    <message>
        <source>Double-click (or Enter) to open a violation in the queue</source>
        <translation>Nhấn đúp (hoặc Enter) để mở vi phạm trong hàng đợi</translation>
    </message>
    <message>
        <source>%1 policy · %2 · id %3</source>
        <translation>Chính sách %1 · %2 · mã %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>None so far.</source>
        <translation>Chưa có.</translation>
    </message>
    <message>
        <source>%1 in all: %2.</source>
        <translation>Tổng cộng %1: %2.</translation>
    </message>
</context>
<context>
    <name>steward::PolicyListModel</name>
    <message>
        <source>Policy</source>
        <translation>Chính sách</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Kiểu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Vi phạm</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Vẫn mở</translation>
    </message>
    <message>
        <source>Policy id</source>
        <translation>Mã chính sách</translation>
    </message>
</context>
<context>
    <name>steward::PredictionsPanel</name>
    <message>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Dự đoán</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Mean confidence</source>
        <translation>Độ tin cậy trung bình</translation>
    </message>
    <message>
        <source>Confidence distribution</source>
        <translation>Phân bố độ tin cậy</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Độ chính xác</translation>
    </message>
    <message>
        <source>Mean latency</source>
        <translation>Độ trễ trung bình</translation>
    </message>
    <message>
        <source>Max latency</source>
        <translation>Độ trễ tối đa</translation>
    </message>
    <message>
        <source>Predictions are not available for this database: the %1 profile has no prediction log.</source>
        <translation>Không có dự đoán cho cơ sở dữ liệu này: hồ sơ %1 không có nhật ký dự đoán.</translation>
    </message>
    <message>
        <source>No predictions in this period.</source>
        <translation>Không có dự đoán trong kỳ này.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Confidence of %1 predictions
%2</source>
        <translation>Độ tin cậy của %1 dự đoán
%2</translation>
    </message>
    <message>
        <source>%1 of %2 predictions whose outcome is known were right</source>
        <translation>%1 trên %2 dự đoán đã biết kết quả là đúng</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>steward::ReportDialog</name>
    <message>
        <source>Export compliance report</source>
        <translation>Xuất báo cáo tuân thủ</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Duyệt…</translation>
    </message>
    <message>
        <source>&amp;From (UTC)</source>
        <translation>&amp;Từ (UTC)</translation>
    </message>
    <message>
        <source>&amp;To (UTC, inclusive)</source>
        <translation>Đế&amp;n (UTC, tính cả ngày này)</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Khách hàng</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>&amp;Lưu thành</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Lưu báo cáo thành</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;HTML (*.html);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>Kỳ bắt đầu sau khi kết thúc.</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Chọn nơi lưu báo cáo.</translation>
    </message>
    <message>
        <source>The file name must end in .pdf, .html or .csv.</source>
        <translation>Tên tệp phải kết thúc bằng .pdf, .html hoặc .csv.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Thư mục %1 không tồn tại.</translation>
    </message>
</context>
<context>
    <name>steward::ReportExporter</name>
    <message>
        <source>Connecting</source>
        <translation>Đang kết nối</translation>
    </message>
    <message>
        <source>The report was cancelled; nothing was written.</source>
        <translation>Đã hủy báo cáo; không có gì được ghi.</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>Đã ghi báo cáo vào %1.</translation>
    </message>
</context>
<context>
    <name>steward::ReviewActions</name>
    <message>
        <source>✓ Approve</source>
        <translation>✓ Phê duyệt</translation>
    </message>
    <message>
        <source>✗ Reject…</source>
        <translation>✗ Từ chối…</translation>
    </message>
    <message>
        <source>↩ Request rollback…</source>
        <translation>↩ Yêu cầu hoàn tác…</translation>
    </message>
    <message>
        <source>Approve rollback…</source>
        <translation>Phê duyệt hoàn tác…</translation>
    </message>
    <message>
        <source>Deny rollback…</source>
        <translation>Từ chối hoàn tác…</translation>
    </message>
    <message>
        <source>Select a suggestion first.</source>
        <translation>Hãy chọn một gợi ý trước.</translation>
    </message>
    <message>
        <source>Select one suggestion: a rollback request is made for one at a time.</source>
        <translation>Chọn một gợi ý: mỗi yêu cầu hoàn tác chỉ cho một gợi ý.</translation>
    </message>
    <message>
        <source>There is no open rollback request for the selected item.</source>
        <translation>Mục đã chọn không có yêu cầu hoàn tác nào đang mở.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the %1 selected suggestions</source>
        <translation>%1 gợi ý đã chọn</translation>
    </message>
    <message>
        <source>the selected suggestion</source>
        <translation>gợi ý đã chọn</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>Phê duyệt %1</translation>
    </message>
    <message>
        <source>Reject %1, with a comment</source>
        <translation>Từ chối %1, kèm ghi chú</translation>
    </message>
    <message>
        <source>Ask a manager to roll the applied suggestion back</source>
        <translation>Đề nghị quản lý hoàn tác gợi ý đã áp dụng</translation>
    </message>
    <message>
        <source>Approve the rollback request</source>
        <translation>Phê duyệt yêu cầu hoàn tác</translation>
    </message>
    <message>
        <source>Deny the rollback request, with a comment</source>
        <translation>Từ chối yêu cầu hoàn tác, kèm ghi chú</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 và %2 mục khác</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>%1 %2 items: %3.</source>
        <translation>%1 %2 mục: %3.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 %2 of %3%4. %5: %6</source>
        <translation>%1 %2 trên %3%4. %5: %6</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Approve suggestions</source>
        <translation>Phê duyệt gợi ý</translation>
    </message>
    <message>
        <source>Approve these %1 suggestions? Each is decided on its own: any that someone else has decided in the meantime is left as it is.</source>
        <translation>Phê duyệt %1 gợi ý này? Mỗi gợi ý được quyết định riêng: gợi ý nào đã được người khác quyết định trong lúc này sẽ giữ nguyên.</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Không được phê duyệt</translation>
    </message>
    <message>
        <source>these %1 suggestions</source>
        <translation>%1 gợi ý này</translation>
    </message>
    <message>
        <source>this suggestion</source>
        <translation>gợi ý này</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Why are you rejecting %1? The comment goes into the audit trail.</source>
        <translation>Vì sao bạn từ chối %1? Ghi chú sẽ được đưa vào nhật ký kiểm toán.</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>Từ chối %1</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Đã từ chối</translation>
    </message>
    <message>
        <source>Not rejected</source>
        <translation>Không bị từ chối</translation>
    </message>
    <message>
        <source>Request rollback</source>
        <translation>Yêu cầu hoàn tác</translation>
    </message>
    <message>
        <source>Why should this applied suggestion be rolled back? A manager other than you approves or denies the request.</source>
        <translation>Vì sao cần hoàn tác gợi ý đã áp dụng này? Một quản lý khác sẽ phê duyệt hoặc từ chối yêu cầu.</translation>
    </message>
    <message>
        <source>Rollback requested for</source>
        <translation>Đã yêu cầu hoàn tác cho</translation>
    </message>
    <message>
        <source>No rollback requested for</source>
        <translation>Không có yêu cầu hoàn tác cho</translation>
    </message>
    <message>
        <source>Approve rollback</source>
        <translation>Phê duyệt hoàn tác</translation>
    </message>
    <message>
        <source>%1 asked: “%2”. Approving rolls the %3 back now. A comment is optional.</source>
        <translation>%1 đã yêu cầu: “%2”. Phê duyệt sẽ hoàn tác %3 ngay. Ghi chú là tùy chọn.</translation>
    </message>
    <message>
        <source>Rollback approved:</source>
        <translation>Đã phê duyệt hoàn tác:</translation>
    </message>
    <message>
        <source>Rollback not approved:</source>
        <translation>Hoàn tác chưa được phê duyệt:</translation>
    </message>
    <message>
        <source>Deny rollback</source>
        <translation>Từ chối hoàn tác</translation>
    </message>
    <message>
        <source>%1 asked: “%2”. Why is the rollback denied?</source>
        <translation>%1 đã yêu cầu: “%2”. Vì sao từ chối hoàn tác?</translation>
    </message>
    <message>
        <source>Rollback denied:</source>
        <translation>Đã từ chối hoàn tác:</translation>
    </message>
    <message>
        <source>Rollback not denied:</source>
        <translation>Hoàn tác chưa bị từ chối:</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>Not for suggestion %1: %2</source>
        <translation>Không làm được với gợi ý %1: %2</translation>
    </message>
</context>
<context>
    <name>steward::RollbackRequestModel</name>
    <message>
        <source>model version %1</source>
        <translation>phiên bản mô hình %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Người yêu cầu</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Người quyết định</translation>
    </message>
    <message>
        <source>Decision comment</source>
        <translation>Ghi chú quyết định</translation>
    </message>
    <message>
        <source>Requested (UTC)</source>
        <translation>Yêu cầu lúc (UTC)</translation>
    </message>
</context>
<context>
    <name>steward::RollbackRequestsPanel</name>
    <message>
        <source>Open requests</source>
        <translation>Yêu cầu đang mở</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Mọi yêu cầu</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Đã từ chối</translation>
    </message>
    <message>
        <source>Requests to roll back an applied suggestion, a model version or a deployment. The requester cannot decide their own request.</source>
        <translation>Yêu cầu hoàn tác một đề xuất đã áp dụng, một phiên bản mô hình hoặc một lần triển khai. Người yêu cầu không thể tự quyết định yêu cầu của mình.</translation>
    </message>
</context>
<context>
    <name>steward::Session</name>
    <message>
        <source>no database is open</source>
        <translation>chưa mở cơ sở dữ liệu nào</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>Cơ sở dữ liệu đang mở chỉ đọc.</translation>
    </message>
    <message>
        <source>This database has no Steward tables yet (File ▸ Initialise Steward tables).</source>
        <translation>Cơ sở dữ liệu này chưa có bảng Steward (Tệp ▸ Khởi tạo bảng Steward).</translation>
    </message>
</context>
<context>
    <name>steward::SnapshotActions</name>
    <message>
        <source>&amp;Export snapshot…</source>
        <translation>&amp;Xuất bản chụp…</translation>
    </message>
    <message>
        <source>Copy the open database into one verifiable SQLite file for offline inspection</source>
        <translation>Sao chép cơ sở dữ liệu đang mở vào một tệp SQLite có thể xác minh để kiểm tra ngoại tuyến</translation>
    </message>
    <message>
        <source>Co&amp;mpare with snapshot…</source>
        <translation>&amp;So sánh với bản chụp…</translation>
    </message>
    <message>
        <source>What changed since a snapshot: suggestions, violations, model versions, audit trail</source>
        <translation>Những gì đã thay đổi từ một bản chụp: gợi ý, vi phạm, phiên bản mô hình, nhật ký kiểm toán</translation>
    </message>
    <message>
        <source>Export snapshot</source>
        <translation>Xuất bản chụp</translation>
    </message>
    <message>
        <source>Steward snapshots (*.sqlite);;All files (*)</source>
        <translation>Bản chụp Steward (*.sqlite);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Compare with snapshot</source>
        <translation>So sánh với bản chụp</translation>
    </message>
    <message>
        <source>Steward snapshots (*.sqlite *.db);;All files (*)</source>
        <translation>Bản chụp Steward (*.sqlite *.db);;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>steward::SnapshotBanner</name>
    <message>
        <source>Details…</source>
        <translation>Chi tiết…</translation>
    </message>
    <message>
        <source>Each table&apos;s row count and digest, as the manifest records them and as the file holds them</source>
        <translation>Số dòng và mã băm của mỗi bảng, theo bản kê và theo nội dung tệp</translation>
    </message>
    <message>
        <source>&lt;b&gt;This file carries a damaged snapshot manifest.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Tệp này mang một bản kê bản chụp bị hỏng.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>✗ Cannot be verified</source>
        <translation>✗ Không xác minh được</translation>
    </message>
    <message>
        <source>Verifying digests…</source>
        <translation>Đang xác minh mã băm…</translation>
    </message>
    <message>
        <source>✗ Digests could not be checked</source>
        <translation>✗ Không kiểm tra được mã băm</translation>
    </message>
    <message>
        <source>✓ Digests verify</source>
        <translation>✓ Mã băm khớp</translation>
    </message>
    <message>
        <source>Every table&apos;s rows match the SHA-256 digest recorded at export.</source>
        <translation>Các dòng của mọi bảng khớp với mã băm SHA-256 ghi lúc xuất.</translation>
    </message>
    <message>
        <source>✗ Does not verify</source>
        <translation>✗ Không khớp</translation>
    </message>
    <message>
        <source>✗ Does not verify: %1</source>
        <translation>✗ Không khớp: %1</translation>
    </message>
    <message>
        <source>Snapshot manifest</source>
        <translation>Bản kê bản chụp</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <source>SHA-256 (manifest)</source>
        <translation>SHA-256 (bản kê)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Đã xác minh</translation>
    </message>
    <message>
        <source>Secrets left out</source>
        <translation>Đã loại bỏ thông tin bí mật</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>chưa kiểm tra</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only snapshot&lt;/b&gt; of %1 · exported %2 by &lt;b&gt;%3&lt;/b&gt; with Steward %4 · %5 tables, %6 rows · time left and ages as of the export</source>
        <translation>&lt;b&gt;Bản chụp chỉ đọc&lt;/b&gt; của %1 · &lt;b&gt;%3&lt;/b&gt; xuất lúc %2 bằng Steward %4 · %5 bảng, %6 dòng · thời gian còn lại và tuổi tính đến lúc xuất</translation>
    </message>
</context>
<context>
    <name>steward::SnapshotDiffModel</name>
    <message>
        <source>(new)</source>
        <translation>(mới)</translation>
    </message>
    <message>
        <source>(gone)</source>
        <translation>(không còn)</translation>
    </message>
    <message>
        <source>appeared</source>
        <translation>xuất hiện</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>đã xóa</translation>
    </message>
</context>
<context>
    <name>steward::StatusIndicators</name>
    <message>
        <source>Not connected</source>
        <translation>Chưa kết nối</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (no Steward tables)</source>
        <translation>%1 (chưa có bảng Steward)</translation>
    </message>
    <message>
        <source>Read-write</source>
        <translation>Đọc-ghi</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Chỉ đọc</translation>
    </message>
    <message>
        <source>Read-only · not checked</source>
        <translation>Chỉ đọc · chưa kiểm tra</translation>
    </message>
    <message>
        <source>This file is too large for the integrity check at opening (quick_check), so it was skipped. It is still read defensively: nothing stored in it runs, and it is not changed. A damaged page shows as an error where it is read.</source>
        <translation>Tệp này quá lớn cho bước kiểm tra toàn vẹn khi mở (quick_check), nên bước đó đã được bỏ qua. Tệp vẫn được đọc một cách phòng thủ: không gì lưu trong tệp được chạy, và tệp không bị thay đổi. Một trang bị hỏng sẽ hiện thành lỗi tại nơi nó được đọc.</translation>
    </message>
    <message>
        <source>Nothing can be written through this connection.</source>
        <translation>Không thể ghi gì qua kết nối này.</translation>
    </message>
    <message>
        <source>Times in UTC · as of %1</source>
        <translation>Giờ UTC · tính đến %1</translation>
    </message>
    <message>
        <source>This is a snapshot: time left, overdue items and ages are measured against the moment it was exported, not against today.</source>
        <translation>Đây là bản chụp: thời gian còn lại, mục quá hạn và tuổi được tính theo thời điểm xuất, không theo hôm nay.</translation>
    </message>
    <message>
        <source>Times in UTC</source>
        <translation>Giờ UTC</translation>
    </message>
    <message>
        <source>Every time Steward shows is in UTC, as the audit trail records it.</source>
        <translation>Mọi thời điểm Steward hiển thị đều theo UTC, như nhật ký kiểm toán ghi lại.</translation>
    </message>
    <message>
        <source>No known tables</source>
        <translation>Không có bảng đã biết</translation>
    </message>
    <message>
        <source>Steward recognises none of the systems it knows from this database&apos;s tables and columns; each view says what it needs.</source>
        <translation>Steward không nhận ra hệ thống nào nó biết từ các bảng và cột của cơ sở dữ liệu này; mỗi chế độ xem cho biết nó cần gì.</translation>
    </message>
    <message>
        <source>Chosen with --profile (%1). Found: %2.</source>
        <translation>Được chọn bằng --profile (%1). Tìm thấy: %2.</translation>
    </message>
    <message>
        <source>Recognised from its tables and columns (profile %1). Found: %2.</source>
        <translation>Nhận biết từ các bảng và cột (hồ sơ %1). Tìm thấy: %2.</translation>
    </message>
    <message>
        <source>%1 · clients: %2</source>
        <translation>%1 · khách hàng: %2</translation>
    </message>
</context>
<context>
    <name>steward::SuggestionDetailPane</name>
    <message>
        <source>Raw JSON</source>
        <translation>JSON gốc</translation>
    </message>
    <message>
        <source>Show the stored JSON of the diff and metrics (Ctrl+U)</source>
        <translation>Hiện JSON đã lưu của phần khác biệt và chỉ số (Ctrl+U)</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Lập luận</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Tương đối</translation>
    </message>
    <message>
        <source>Metrics, before and after</source>
        <translation>Chỉ số, trước và sau</translation>
    </message>
    <message>
        <source>Parameter changes</source>
        <translation>Thay đổi tham số</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Chu kỳ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>No suggestion selected</source>
        <translation>Chưa chọn gợi ý nào</translation>
    </message>
    <message>
        <source>Select a suggestion in the queue to review it.</source>
        <translation>Chọn một gợi ý trong hàng đợi để duyệt.</translation>
    </message>
    <message>
        <source>cycle %1 (%2)</source>
        <translation>chu kỳ %1 (%2)</translation>
    </message>
    <message>
        <source>cycle %1</source>
        <translation>chu kỳ %1</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2)</source>
        <translation>%1 không phải JSON hợp lệ (%2)</translation>
    </message>
    <message>
        <source>⚠ %1. Raw JSON (Ctrl+U) shows it exactly as stored.</source>
        <translation>⚠ %1. JSON gốc (Ctrl+U) hiển thị đúng như đã lưu.</translation>
    </message>
    <message>
        <source>↩ Rollback requested by &lt;b&gt;%1&lt;/b&gt; on %2: “%3”. A manager other than %1 decides it.</source>
        <translation>↩ &lt;b&gt;%1&lt;/b&gt; đã yêu cầu hoàn tác ngày %2: “%3”. Một quản lý không phải %1 sẽ quyết định.</translation>
    </message>
    <message>
        <source>(no reasoning given)</source>
        <translation>(không có lập luận)</translation>
    </message>
    <message>
        <source>This suggestion names no improvement cycle.</source>
        <translation>Gợi ý này không ghi chu kỳ cải tiến nào.</translation>
    </message>
    <message>
        <source>Cycle %1 is not in improvement_cycles.</source>
        <translation>Chu kỳ %1 không có trong improvement_cycles.</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Lịch sử (%1)</translation>
    </message>
    <message>
        <source>parameter_diff is not valid JSON; as stored:</source>
        <translation>parameter_diff không phải JSON hợp lệ; nội dung đã lưu:</translation>
    </message>
    <message>
        <source>Closer to zero is better</source>
        <translation>Càng gần 0 càng tốt</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Càng thấp càng tốt</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Càng cao càng tốt</translation>
    </message>
    <message>
        <source>No rule for %1: changes are not coloured</source>
        <translation>Không có quy tắc cho %1: thay đổi không được tô màu</translation>
    </message>
    <message>
        <source>%1 — measured on |%2|, the distance from zero: |after| − |before|, and relative to |before|</source>
        <translation>%1 — đo trên |%2|, khoảng cách tới 0: |sau| − |trước|, và tương đối so với |trước|</translation>
    </message>
    <message>
        <source>first seen %1 ago</source>
        <translation>thấy lần đầu %1 trước</translation>
    </message>
</context>
<context>
    <name>steward::SuggestionFilterBar</name>
    <message>
        <source>Search summaries and reasoning (Ctrl+F)</source>
        <translation>Tìm trong tóm tắt và lập luận (Ctrl+F)</translation>
    </message>
    <message>
        <source>Matches the text literally: %, _ and quotes match themselves.</source>
        <translation>Khớp chính xác văn bản: %, _ và dấu nháy khớp với chính chúng.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Mọi khách hàng</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <source>Any cycle</source>
        <translation>Mọi chu kỳ</translation>
    </message>
    <message>
        <source>An improvement cycle id; the detail pane can fill it in (&quot;only this cycle&quot;).</source>
        <translation>Mã chu kỳ cải tiến; khung chi tiết có thể điền sẵn (&quot;chỉ chu kỳ này&quot;).</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Xóa bộ lọc</translation>
    </message>
    <message>
        <source>%1 suggestions · &lt;b&gt;%2 pending&lt;/b&gt;</source>
        <translation>%1 gợi ý · &lt;b&gt;%2 đang chờ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 suggestions</source>
        <translation>%1 gợi ý</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
</context>
<context>
    <name>steward::SuggestionQueueModel</name>
    <message>
        <source>Change in %1 (after − before)</source>
        <translation>Thay đổi của %1 (sau − trước)</translation>
    </message>
    <message>
        <source>Δ %1</source>
        <translation>Δ %1</translation>
    </message>
    <message>
        <source>Click to sort; a third click returns to the queue order</source>
        <translation>Nhấn để sắp xếp; nhấn lần thứ ba để trở về thứ tự hàng đợi</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Gợi ý</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Chu kỳ</translation>
    </message>
    <message>
        <source>Cycle state</source>
        <translation>Trạng thái chu kỳ</translation>
    </message>
    <message>
        <source>Created %1, %2 ago</source>
        <translation>Tạo lúc %1, %2 trước</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Tạo lúc %1</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Tạo lúc (UTC)</translation>
    </message>
    <message>
        <source>First seen by Steward on %1 (%2 ago). The pipeline does not record when it made a suggestion; this is when Steward first found it in the database.</source>
        <translation>Steward thấy lần đầu vào %1 (%2 trước). Pipeline không ghi lại thời điểm tạo đề xuất; đây là lúc Steward tìm thấy nó lần đầu trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>No age: this database has no Steward tables yet, so Steward keeps no record of when it first saw each suggestion (File ▸ Initialise Steward tables).</source>
        <translation>Không rõ đã chờ bao lâu: cơ sở dữ liệu này chưa có bảng của Steward, nên Steward không ghi lại thời điểm thấy mỗi đề xuất lần đầu (Tệp ▸ Khởi tạo bảng Steward).</translation>
    </message>
    <message>
        <source>No age yet: Steward records when it first sees a suggestion each time the database is opened read-write, and it has not been since this suggestion arrived.</source>
        <translation>Chưa rõ đã chờ bao lâu: Steward ghi lại thời điểm thấy một đề xuất lần đầu mỗi khi cơ sở dữ liệu được mở ở chế độ đọc-ghi, và từ khi đề xuất này đến thì chưa lần nào như vậy.</translation>
    </message>
    <message>
        <source>How long ago Steward first saw each suggestion (the pipeline records no creation time). Click to sort, oldest first; a third click returns to the queue order</source>
        <translation>Steward đã thấy mỗi đề xuất lần đầu cách đây bao lâu (pipeline không ghi thời điểm tạo). Nhấp để sắp xếp, cũ nhất trước; nhấp lần thứ ba để trở về thứ tự hàng đợi</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Đã chờ</translation>
    </message>
</context>
<context>
    <name>steward::SuggestionsPage</name>
    <message>
        <source>Queue</source>
        <translation>Hàng đợi</translation>
    </message>
    <message>
        <source>Rollback requests</source>
        <translation>Yêu cầu hoàn tác</translation>
    </message>
    <message>
        <source>Next suggestion</source>
        <translation>Gợi ý tiếp theo</translation>
    </message>
    <message>
        <source>Previous suggestion</source>
        <translation>Gợi ý trước</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source> &amp;nbsp;·&amp;nbsp; &lt;b&gt;F1&lt;/b&gt; all shortcuts</source>
        <translation> &amp;nbsp;·&amp;nbsp; &lt;b&gt;F1&lt;/b&gt; tất cả phím tắt</translation>
    </message>
    <message>
        <source>Could not read the queue: %1</source>
        <translation>Không đọc được hàng đợi: %1</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>phê duyệt</translation>
    </message>
    <message>
        <source>reject (asks for a comment)</source>
        <translation>từ chối (yêu cầu ghi chú)</translation>
    </message>
    <message>
        <source>next / previous</source>
        <translation>tiếp / trước</translation>
    </message>
    <message>
        <source>request rollback</source>
        <translation>yêu cầu hoàn tác</translation>
    </message>
    <message>
        <source>search</source>
        <translation>tìm kiếm</translation>
    </message>
    <message>
        <source>raw JSON</source>
        <translation>JSON gốc</translation>
    </message>
    <message>
        <source>select several for a bulk decision</source>
        <translation>chọn nhiều mục để quyết định hàng loạt</translation>
    </message>
    <message>
        <source>approve / deny a rollback request (managers)</source>
        <translation>phê duyệt / từ chối yêu cầu hoàn tác (quản lý)</translation>
    </message>
    <message>
        <source>back from the search to the queue</source>
        <translation>từ ô tìm kiếm trở lại hàng đợi</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Chưa mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The queue is empty</source>
        <translation>Hàng đợi trống</translation>
    </message>
    <message>
        <source>Nothing matches the filters</source>
        <translation>Không có gì khớp bộ lọc</translation>
    </message>
    <message>
        <source>There are no suggestions in this database.</source>
        <translation>Cơ sở dữ liệu này không có gợi ý nào.</translation>
    </message>
    <message>
        <source>Change or clear the filters to see more suggestions.</source>
        <translation>Đổi hoặc xóa bộ lọc để xem thêm gợi ý.</translation>
    </message>
    <message>
        <source>No suggestion selected</source>
        <translation>Chưa chọn gợi ý nào</translation>
    </message>
    <message>
        <source>Select a suggestion in the queue to review it.</source>
        <translation>Chọn một gợi ý trong hàng đợi để duyệt.</translation>
    </message>
    <message>
        <source>Could not read this suggestion</source>
        <translation>Không đọc được gợi ý này</translation>
    </message>
    <message>
        <source>%1 suggestions are selected; a bulk decision takes at most %2.</source>
        <translation>Đã chọn %1 gợi ý; một quyết định hàng loạt tối đa %2 gợi ý.</translation>
    </message>
    <message>
        <source>No request selected</source>
        <translation>Chưa chọn yêu cầu nào</translation>
    </message>
    <message>
        <source>Select a rollback request to see what it would roll back.</source>
        <translation>Chọn một yêu cầu hoàn tác để xem nó sẽ hoàn tác những gì.</translation>
    </message>
    <message>
        <source>Roll %1 back to %2 %3</source>
        <translation>Khôi phục %1 về %2 %3</translation>
    </message>
    <message>
        <source>Requested by %1: “%2”. Active when requested: %3.</source>
        <translation>Do %1 yêu cầu: “%2”. Phiên bản đang dùng khi yêu cầu: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Rollback requests (%1)</source>
        <translation>Yêu cầu hoàn tác (%1)</translation>
    </message>
    <message>
        <source>Reading this suggestion…</source>
        <translation>Đang đọc đề xuất này…</translation>
    </message>
</context>
<context>
    <name>steward::SummaryPanel</name>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Khách hàng</translation>
    </message>
</context>
<context>
    <name>steward::TablesPage</name>
    <message>
        <source>Could not read rows: %1</source>
        <translation>Không đọc được các dòng: %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 — %2 rows, %3 columns</source>
        <translation>%1 — %2 dòng, %3 cột</translation>
    </message>
    <message>
        <source> · %1 hidden: secrets are never shown</source>
        <translation> · %1 bị ẩn: thông tin bí mật không bao giờ được hiển thị</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Đang tải %1…</translation>
    </message>
</context>
<context>
    <name>steward::VersionComparisonModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1: lower is better</source>
        <translation>%1: càng thấp càng tốt</translation>
    </message>
    <message>
        <source>%1: higher is better</source>
        <translation>%1: càng cao càng tốt</translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <translation>%1 không có %2</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 / %2: %3</translation>
    </message>
    <message>
        <source> (best)</source>
        <translation> (tốt nhất)</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>
(baseline)</source>
        <translation>
(mốc so sánh)</translation>
    </message>
    <message>
        <source>%1: closer to zero is better; changes are of %2, the distance from zero</source>
        <translation>%1: càng gần 0 càng tốt; thay đổi tính trên %2, khoảng cách tới 0</translation>
    </message>
</context>
<context>
    <name>steward::VersionListProxy</name>
    <message>
        <source>%1  ● active</source>
        <translation>%1  ● đang dùng</translation>
    </message>
    <message>
        <source>%1 is the active version</source>
        <translation>%1 là phiên bản đang dùng</translation>
    </message>
    <message>
        <source>%1 is the newest version, which the pipeline loads while no version is set</source>
        <translation>%1 là phiên bản mới nhất, pipeline dùng nó khi chưa đặt phiên bản nào</translation>
    </message>
    <message>
        <source>created_at %1</source>
        <translation>created_at %1</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Trained (UTC)</source>
        <translation>Huấn luyện (UTC)</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Đặc trưng</translation>
    </message>
    <message>
        <source>Training samples</source>
        <translation>Mẫu huấn luyện</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tác vụ</translation>
    </message>
    <message>
        <source>Job started</source>
        <translation>Tác vụ bắt đầu</translation>
    </message>
    <message>
        <source>Job finished</source>
        <translation>Tác vụ kết thúc</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <source>worse: %1</source>
        <translation>kém hơn: %1</translation>
    </message>
    <message>
        <source>The first version of this client: there is nothing before it to compare with.</source>
        <translation>Phiên bản đầu tiên của khách hàng này: không có bản nào trước để so sánh.</translation>
    </message>
    <message>
        <source>%1 is worse than in the previous version.</source>
        <translation>%1 kém hơn so với phiên bản trước.</translation>
    </message>
    <message>
        <source>Against the previous version, %1:</source>
        <translation>So với phiên bản trước, %1:</translation>
    </message>
    <message>
        <source>Against the active version, %1:</source>
        <translation>So với phiên bản đang dùng, %1:</translation>
    </message>
    <message>
        <source>vs previous</source>
        <translation>so với bản trước</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Phiên bản trước</translation>
    </message>
    <message>
        <source>%1 is the active version, as the system that trained it marks it</source>
        <translation>%1 là phiên bản đang dùng, theo đánh dấu của hệ thống đã huấn luyện nó</translation>
    </message>
    <message>
        <source>The metrics that got worse than in the version trained before (lower wmape, mae and |bias|, higher accuracy are better). Point at a cell for every change, against the previous and the active version. Sorting by this column orders the versions by how the metric chosen for the chart moved against the previous version: largest regressions first when descending.</source>
        <translation>Các chỉ số kém đi so với phiên bản được huấn luyện trước đó (wmape, mae và |bias| thấp hơn, accuracy cao hơn là tốt hơn). Trỏ vào một ô để xem mọi thay đổi, so với phiên bản trước và phiên bản đang hoạt động. Sắp xếp theo cột này sẽ xếp các phiên bản theo mức thay đổi của chỉ số đã chọn cho biểu đồ so với phiên bản trước: khi giảm dần, các phiên bản kém đi nhiều nhất đứng đầu.</translation>
    </message>
</context>
<context>
    <name>steward::ViewCsvExport</name>
    <message>
        <source>Exporting to CSV…</source>
        <translation>Đang xuất ra CSV…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Exporting to CSV… %1 rows</source>
        <translation>Đang xuất ra CSV… %1 hàng</translation>
    </message>
</context>
<context>
    <name>steward::ViolationActions</name>
    <message>
        <source>Start &amp;investigation</source>
        <translation>Bắt đầu đ&amp;iều tra</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Giải quyết…</translation>
    </message>
    <message>
        <source>&amp;False positive…</source>
        <translation>Báo động &amp;nhầm…</translation>
    </message>
    <message>
        <source>Back to &amp;open…</source>
        <translation>Trả về &amp;mở…</translation>
    </message>
    <message>
        <source>Reo&amp;pen…</source>
        <translation>Mở &amp;lại…</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>&amp;Bình luận…</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Giao việc</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>ai đó</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Giao cho</translation>
    </message>
    <message>
        <source>Select a violation first.</source>
        <translation>Hãy chọn một vi phạm trước.</translation>
    </message>
    <message>
        <source>Take it up: it becomes investigating and is assigned to its assignee, or to you (Alt+I)</source>
        <translation>Nhận xử lý: chuyển sang đang điều tra và giao cho người phụ trách, hoặc cho bạn (Alt+I)</translation>
    </message>
    <message>
        <source>Close it as resolved; you write what was done (Alt+R)</source>
        <translation>Đóng như đã giải quyết; bạn ghi những gì đã làm (Alt+R)</translation>
    </message>
    <message>
        <source>Close it as a false positive; you write why (Alt+F)</source>
        <translation>Đóng như một báo động nhầm; bạn ghi lý do (Alt+F)</translation>
    </message>
    <message>
        <source>Hand the investigation back to the open queue (Alt+O)</source>
        <translation>Trả việc điều tra về hàng đợi mở (Alt+O)</translation>
    </message>
    <message>
        <source>Open it again; its resolution is kept in the audit trail (Alt+P)</source>
        <translation>Mở lại; cách giải quyết cũ được giữ trong nhật ký kiểm toán (Alt+P)</translation>
    </message>
    <message>
        <source>Add a comment to its timeline (Alt+C)</source>
        <translation>Thêm bình luận vào dòng thời gian (Alt+C)</translation>
    </message>
    <message>
        <source>Choose or type who to assign it to.</source>
        <translation>Chọn hoặc nhập người được giao.</translation>
    </message>
    <message>
        <source>Assign it to %1 (Alt+A)</source>
        <translation>Giao cho %1 (Alt+A)</translation>
    </message>
    <message>
        <source>Violation %1 is under investigation.</source>
        <translation>Vi phạm %1 đang được điều tra.</translation>
    </message>
    <message>
        <source>Mark as false positive</source>
        <translation>Đánh dấu báo động nhầm</translation>
    </message>
    <message>
        <source>Why is this not a real violation? The justification is recorded with your name and the time.</source>
        <translation>Vì sao đây không phải vi phạm thật? Lý do được ghi kèm tên bạn và thời điểm.</translation>
    </message>
    <message>
        <source>Mark false positive</source>
        <translation>Đánh dấu báo động nhầm</translation>
    </message>
    <message>
        <source>Violation %1 was closed as a false positive.</source>
        <translation>Vi phạm %1 đã được đóng là báo động nhầm.</translation>
    </message>
    <message>
        <source>Resolve violation</source>
        <translation>Giải quyết vi phạm</translation>
    </message>
    <message>
        <source>What was done about it? The resolution is recorded with your name and the time.</source>
        <translation>Đã làm gì để xử lý? Cách giải quyết được ghi kèm tên bạn và thời điểm.</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Giải quyết</translation>
    </message>
    <message>
        <source>Violation %1 was resolved.</source>
        <translation>Vi phạm %1 đã được giải quyết.</translation>
    </message>
    <message>
        <source>Back to open</source>
        <translation>Trả về mở</translation>
    </message>
    <message>
        <source>Why does it go back to the queue? (optional)</source>
        <translation>Vì sao trả về hàng đợi? (tùy chọn)</translation>
    </message>
    <message>
        <source>Violation %1 is open again.</source>
        <translation>Vi phạm %1 đã mở lại.</translation>
    </message>
    <message>
        <source>Reopen violation</source>
        <translation>Mở lại vi phạm</translation>
    </message>
    <message>
        <source>Why is it reopened? Its resolution is cleared here and kept in the audit trail.</source>
        <translation>Vì sao mở lại? Cách giải quyết được xóa ở đây và giữ lại trong nhật ký kiểm toán.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <source>Violation %1 was reopened.</source>
        <translation>Vi phạm %1 đã được mở lại.</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Your comment is added to the violation&apos;s timeline.</source>
        <translation>Bình luận của bạn được thêm vào dòng thời gian của vi phạm.</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Thêm bình luận</translation>
    </message>
    <message>
        <source>Comment added to %1.</source>
        <translation>Đã thêm bình luận vào %1.</translation>
    </message>
    <message>
        <source>Violation %1 is assigned to %2.</source>
        <translation>Vi phạm %1 đã được giao cho %2.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
</context>
<context>
    <name>steward::ViolationDetail</name>
    <message>
        <source>Select a violation to see its details, its timeline and what can be decided.</source>
        <translation>Chọn một vi phạm để xem chi tiết, dòng thời gian và những gì có thể quyết định.</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Vi phạm</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Chính sách</translation>
    </message>
    <message>
        <source>Model version</source>
        <translation>Phiên bản mô hình</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Cách giải quyết</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <source>Details (JSON)</source>
        <translation>Chi tiết (JSON)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>(policy %1 is missing)</source>
        <translation>(thiếu chính sách %1)</translation>
    </message>
    <message>
        <source>Show the policy (%1)</source>
        <translation>Xem chính sách (%1)</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(chưa ghi nhận)</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Show this model version in the Models view</source>
        <translation>Xem phiên bản mô hình này trong màn hình Mô hình</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (%2 trước)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>none: Steward has no deadline for the severity “%1”</source>
        <translation>không có: Steward không có thời hạn cho mức độ “%1”</translation>
    </message>
    <message>
        <source>closed after %1 (deadline %2 d)</source>
        <translation>đóng sau %1 (thời hạn %2 ngày)</translation>
    </message>
    <message>
        <source>closed (deadline %1 d)</source>
        <translation>đã đóng (thời hạn %1 ngày)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 d for %4)</source>
        <translation>%1 — %2 (%3 ngày cho mức %4)</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>chưa ai</translation>
    </message>
    <message>
        <source>%1 (assigned by %2, %3)</source>
        <translation>%1 (do %2 giao, %3)</translation>
    </message>
    <message>
        <source>%1
— %2, %3</source>
        <translation>%1
— %2, %3</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(không có nội dung)</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>(no details)</source>
        <translation>(không có chi tiết)</translation>
    </message>
    <message>
        <source>⚠ invalid JSON (%1):
%2</source>
        <translation>⚠ JSON không hợp lệ (%1):
%2</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>thời điểm không rõ</translation>
    </message>
    <message>
        <source>This database has no Steward tables, so there is no audit trail of decisions.</source>
        <translation>Cơ sở dữ liệu này không có bảng Steward, nên không có nhật ký kiểm toán các quyết định.</translation>
    </message>
    <message>
        <source>nobody assigned; %1 started the investigation, %2</source>
        <translation>chưa giao cho ai; %1 đã bắt đầu điều tra, %2</translation>
    </message>
    <message>
        <source>nobody recorded: the monitor set “investigating” without an assignment</source>
        <translation>không ghi nhận ai: trình giám sát đặt “đang điều tra” mà không giao cho ai</translation>
    </message>
    <message>
        <source>Reading violation %1…</source>
        <translation>Đang đọc vi phạm %1…</translation>
    </message>
</context>
<context>
    <name>steward::ViolationFilterBar</name>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Violation type</source>
        <translation>Kiểu vi phạm</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Model version</source>
        <translation>Phiên bản mô hình</translation>
    </message>
    <message>
        <source>Only violations of this model version (exact)</source>
        <translation>Chỉ vi phạm của phiên bản mô hình này (chính xác)</translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation>Chỉ mục q&amp;uá hạn</translation>
    </message>
    <message>
        <source>Not closed and past the deadline for its severity</source>
        <translation>Chưa đóng và đã quá thời hạn của mức độ</translation>
    </message>
    <message>
        <source>Search descriptions (Ctrl+F)</source>
        <translation>Tìm trong mô tả (Ctrl+F)</translation>
    </message>
    <message>
        <source>Only this policy&apos;s violations; click to show every policy&apos;s</source>
        <translation>Chỉ vi phạm của chính sách này; nhấn để xem của mọi chính sách</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Mọi mức độ</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Mọi kiểu</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Mọi khách hàng</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Bất kỳ ai</translation>
    </message>
    <message>
        <source>Still to do (not closed)</source>
        <translation>Còn phải làm (chưa đóng)</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Chưa giao</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Tôi (%1)</translation>
    </message>
    <message>
        <source>Policy: %1  ✕</source>
        <translation>Chính sách: %1  ✕</translation>
    </message>
    <message>
        <source>1 violation</source>
        <translation>1 vi phạm</translation>
    </message>
    <message>
        <source>%1 violations</source>
        <translation>%1 vi phạm</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
</context>
<context>
    <name>steward::ViolationHeadlineBar</name>
    <message>
        <source>Show all</source>
        <translation>Hiện tất cả</translation>
    </message>
    <message>
        <source>Remove this filter and show every violation</source>
        <translation>Bỏ bộ lọc này và hiện mọi vi phạm</translation>
    </message>
    <message>
        <source>Open criticals: %1</source>
        <translation>Nghiêm trọng đang mở: %1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Quá hạn: %1</translation>
    </message>
    <message>
        <source>Unassigned: %1</source>
        <translation>Chưa giao: %1</translation>
    </message>
    <message>
        <source>Critical violations not yet resolved or dismissed. Click to show only these; click again to show all.</source>
        <translation>Các vi phạm nghiêm trọng chưa được giải quyết hay bác bỏ. Nhấp để chỉ hiện các vi phạm này; nhấp lần nữa để hiện tất cả.</translation>
    </message>
    <message>
        <source>Violations not closed and past the deadline for their severity. Click to show only these; click again to show all.</source>
        <translation>Các vi phạm chưa đóng và đã quá hạn theo mức độ. Nhấp để chỉ hiện các vi phạm này; nhấp lần nữa để hiện tất cả.</translation>
    </message>
    <message>
        <source>Violations not closed that nobody is assigned to. Click to show only these; click again to show all.</source>
        <translation>Các vi phạm chưa đóng và chưa giao cho ai. Nhấp để chỉ hiện các vi phạm này; nhấp lần nữa để hiện tất cả.</translation>
    </message>
</context>
<context>
    <name>steward::ViolationQueueModel</name>
    <message>
        <source>“%1” is a severity this version of Steward does not know: it is shown as the monitor wrote it, has no deadline, and only a manager can close it.</source>
        <translation>“%1” là mức độ mà phiên bản Steward này không biết: được hiển thị như bộ giám sát đã ghi, không có thời hạn, và chỉ quản lý mới đóng được.</translation>
    </message>
    <message>
        <source>“%1” is a status this version of Steward does not know: it is shown as the monitor wrote it.</source>
        <translation>“%1” là trạng thái mà phiên bản Steward này không biết: được hiển thị như bộ giám sát đã ghi.</translation>
    </message>
    <message>
        <source>Closed %1 after it was detected</source>
        <translation>Đóng %1 sau khi phát hiện</translation>
    </message>
    <message>
        <source>Detected %1 ago</source>
        <translation>Phát hiện %1 trước</translation>
    </message>
    <message>
        <source>Closed: no deadline applies</source>
        <translation>Đã đóng: không áp dụng thời hạn</translation>
    </message>
    <message>
        <source>No deadline for the severity “%1”</source>
        <translation>Không có thời hạn cho mức độ “%1”</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>không có thời hạn</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Kiểu</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Model version</source>
        <translation>Phiên bản mô hình</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Chính sách</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Detected (UTC)</source>
        <translation>Phát hiện (UTC)</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Tuổi</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Thời gian còn lại</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Violation id</source>
        <translation>Mã vi phạm</translation>
    </message>
    <message>
        <source>Resolved (UTC)</source>
        <translation>Giải quyết (UTC)</translation>
    </message>
    <message>
        <source>Policy id</source>
        <translation>Mã chính sách</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Hạn %1</translation>
    </message>
</context>
<context>
    <name>steward::WriteDemoDialog</name>
    <message>
        <source>Write a demo database</source>
        <translation>Ghi cơ sở dữ liệu demo</translation>
    </message>
    <message>
        <source>A demo database holds a pipeline&apos;s tables filled with realistic data in every workflow state, and Steward&apos;s own tables with four people: alice and carol (analysts), bob (manager) and dave (viewer). You are its admin.</source>
        <translation>Cơ sở dữ liệu demo chứa các bảng của một pipeline với dữ liệu thực tế ở mọi trạng thái quy trình, và các bảng riêng của Steward với bốn người: alice và carol (nhà phân tích), bob (quản lý) và dave (người xem). Bạn là quản trị viên của nó.</translation>
    </message>
    <message>
        <source>Forecasting pipeline</source>
        <translation>Pipeline dự báo</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>Hệ thống:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Duyệt…</translation>
    </message>
    <message>
        <source>New file:</source>
        <translation>Tệp mới:</translation>
    </message>
    <message>
        <source>Write and open</source>
        <translation>Ghi và mở</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db)</source>
        <translation>Cơ sở dữ liệu SQLite (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Choose where to write the demo.</source>
        <translation>Chọn nơi ghi bản demo.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Đang ghi…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;No demo was written.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Chưa ghi bản demo nào.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Cancelling: removing what was written…</source>
        <translation>Đang hủy: xóa phần đã ghi…</translation>
    </message>
</context>
</TS>
